# Links workspace: the link table, details, bundles (links/) and the link editor (links/editor/).
target_sources(odag_gui PRIVATE
  links/BundleImportDialog.cpp links/BundleImportDialog.h
  links/LinkBatch.cpp links/LinkBatch.h
  links/LinkBundle.cpp links/LinkBundle.h
  links/LinkDetailsPanel.cpp links/LinkDetailsPanel.h
  links/LinkService.cpp links/LinkService.h
  links/LinksFilterBar.cpp links/LinksFilterBar.h
  links/LinksFilterProxy.cpp links/LinksFilterProxy.h
  links/LinksModel.cpp links/LinksModel.h
  links/LinksWorkspace.cpp links/LinksWorkspace.h
)
include(${CMAKE_CURRENT_LIST_DIR}/editor/editor.cmake OPTIONAL)
