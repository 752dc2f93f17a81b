odag_add_test(NAME tst_reloads_workspace SOURCES reloads/tst_reloads_workspace.cpp LIBS odag::gui odag::sandbox)
