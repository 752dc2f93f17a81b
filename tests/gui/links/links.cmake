# Links workspace tests (links/) and link editor tests (links/editor/).
include(${CMAKE_CURRENT_LIST_DIR}/editor/editor.cmake OPTIONAL)
