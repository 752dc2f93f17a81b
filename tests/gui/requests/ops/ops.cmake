# Request operations tests: availability and actions on the sandbox, the controller's
# dialogs, the submit dialog, history with statistics and timeline, tray notifications.
odag_add_test(NAME tst_request_actions SOURCES requests/ops/tst_request_actions.cpp
              requests/ops/OpsTestKit.h LIBS odag::gui odag::sandbox)
odag_add_test(NAME tst_request_actions_controller SOURCES requests/ops/tst_request_actions_controller.cpp
              requests/ops/OpsTestKit.h LIBS odag::gui odag::sandbox)
odag_add_test(NAME tst_submit_request_dialog SOURCES requests/ops/tst_submit_request_dialog.cpp
              requests/ops/OpsTestKit.h LIBS odag::gui odag::sandbox)
odag_add_test(NAME tst_request_history SOURCES requests/ops/tst_request_history.cpp
              requests/ops/OpsTestKit.h LIBS odag::gui odag::sandbox)
