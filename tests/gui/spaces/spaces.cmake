odag_add_test(NAME tst_spaces_model SOURCES spaces/tst_spaces_model.cpp LIBS odag::gui odag::sandbox)
odag_add_test(NAME tst_spaces_workspace SOURCES spaces/tst_spaces_workspace.cpp LIBS odag::gui odag::sandbox)
