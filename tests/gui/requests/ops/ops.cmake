# Request operations tests: availability table, actions and bulk actions on the sandbox.
odag_add_test(NAME tst_request_actions SOURCES requests/ops/tst_request_actions.cpp
              LIBS odag::gui odag::sandbox)
