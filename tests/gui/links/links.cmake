# Links workspace tests (links/) and link editor tests (links/editor/).
odag_add_test(NAME tst_links_model SOURCES links/tst_links_model.cpp LIBS odag::gui)
odag_add_test(NAME tst_links_workspace SOURCES links/tst_links_workspace.cpp LIBS odag::gui odag::sandbox)
odag_add_test(NAME tst_link_bundle SOURCES links/tst_link_bundle.cpp LIBS odag::gui odag::sandbox)
include(${CMAKE_CURRENT_LIST_DIR}/editor/editor.cmake OPTIONAL)
