# ODAG links in the sandbox: the link store, the Cloud and QSE link routes, the
# odag-apps list, the shared ODAG-area checks and the demo links.
target_sources(odag_sandbox PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/DemoLinkIds.h
  ${CMAKE_CURRENT_LIST_DIR}/DemoLinks.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoLinks.h
  ${CMAKE_CURRENT_LIST_DIR}/LinkBuilder.cpp ${CMAKE_CURRENT_LIST_DIR}/LinkBuilder.h
  ${CMAKE_CURRENT_LIST_DIR}/LinkRoutes.cpp ${CMAKE_CURRENT_LIST_DIR}/LinkRoutes.h
  ${CMAKE_CURRENT_LIST_DIR}/OdagAppsRoutes.cpp ${CMAKE_CURRENT_LIST_DIR}/OdagAppsRoutes.h
  ${CMAKE_CURRENT_LIST_DIR}/OdagArea.cpp ${CMAKE_CURRENT_LIST_DIR}/OdagArea.h
  ${CMAKE_CURRENT_LIST_DIR}/QseLinkRoutes.cpp ${CMAKE_CURRENT_LIST_DIR}/QseLinkRoutes.h
  ${CMAKE_CURRENT_LIST_DIR}/SandboxLinks.cpp ${CMAKE_CURRENT_LIST_DIR}/SandboxLinks.h
)
