# Requests workspace tests (requests/) and request operations tests (requests/ops/).
include(${CMAKE_CURRENT_LIST_DIR}/ops/ops.cmake OPTIONAL)
