# Requests workspace: the live monitor (requests/) and the request operations,
# submit dialog, history and timeline (requests/ops/).
include(${CMAKE_CURRENT_LIST_DIR}/ops/ops.cmake OPTIONAL)
