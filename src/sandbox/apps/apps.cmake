# The sandbox's /api/v1 spaces, items, apps and reloads (and the demo spaces and apps).
target_sources(odag_sandbox PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/AppDataModel.cpp ${CMAKE_CURRENT_LIST_DIR}/AppDataModel.h
  ${CMAKE_CURRENT_LIST_DIR}/AppDataRoutes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AppMediaRoutes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AppPackage.cpp ${CMAKE_CURRENT_LIST_DIR}/AppPackage.h
  ${CMAKE_CURRENT_LIST_DIR}/AppRoutes.cpp ${CMAKE_CURRENT_LIST_DIR}/AppRoutes.h
  ${CMAKE_CURRENT_LIST_DIR}/AppsCommon.cpp ${CMAKE_CURRENT_LIST_DIR}/AppsCommon.h
  ${CMAKE_CURRENT_LIST_DIR}/AppTransferRoutes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DemoApps.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoApps.h
  ${CMAKE_CURRENT_LIST_DIR}/DemoScripts.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoScripts.h
  ${CMAKE_CURRENT_LIST_DIR}/DemoScriptsMore.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DemoThumbnail.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoThumbnail.h
  ${CMAKE_CURRENT_LIST_DIR}/ItemRoutes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MemoryPager.cpp ${CMAKE_CURRENT_LIST_DIR}/MemoryPager.h
  ${CMAKE_CURRENT_LIST_DIR}/ReloadLog.cpp ${CMAKE_CURRENT_LIST_DIR}/ReloadLog.h
  ${CMAKE_CURRENT_LIST_DIR}/ReloadRoutes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ReloadRunner.cpp ${CMAKE_CURRENT_LIST_DIR}/ReloadRunner.h
  ${CMAKE_CURRENT_LIST_DIR}/SandboxApps.cpp ${CMAKE_CURRENT_LIST_DIR}/SandboxApps.h
  ${CMAKE_CURRENT_LIST_DIR}/ScimFilter.cpp ${CMAKE_CURRENT_LIST_DIR}/ScimFilter.h
  ${CMAKE_CURRENT_LIST_DIR}/ScriptModel.cpp ${CMAKE_CURRENT_LIST_DIR}/ScriptModel.h
  ${CMAKE_CURRENT_LIST_DIR}/ScriptText.cpp ${CMAKE_CURRENT_LIST_DIR}/ScriptText.h
  ${CMAKE_CURRENT_LIST_DIR}/SpaceAccess.cpp ${CMAKE_CURRENT_LIST_DIR}/SpaceAccess.h
  ${CMAKE_CURRENT_LIST_DIR}/SpaceRoutes.cpp
)
