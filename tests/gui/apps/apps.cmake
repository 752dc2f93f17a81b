# Apps workspace tests: the list model, the script highlighter, the workspace against the sandbox.
odag_add_test(NAME tst_apps_model SOURCES apps/tst_apps_model.cpp LIBS odag::gui odag::sandbox)
odag_add_test(NAME tst_script_highlighter SOURCES apps/tst_script_highlighter.cpp LIBS odag::gui odag::sandbox)
odag_add_test(NAME tst_apps_workspace SOURCES apps/tst_apps_workspace.cpp LIBS odag::gui odag::sandbox)
