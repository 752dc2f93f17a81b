# Links workspace: the link table, details, bundles (links/) and the link editor (links/editor/).
target_sources(odag_gui PRIVATE
  links/LinkService.cpp links/LinkService.h
)
include(${CMAKE_CURRENT_LIST_DIR}/editor/editor.cmake OPTIONAL)
