# Typed clients of Qlik Cloud /api/v1 (spaces, items, apps, reloads) and of the
# Associative Engine's REST calls.
target_sources(odag_api PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/AppDataApi.cpp ${CMAKE_CURRENT_LIST_DIR}/AppDataApi.h
  ${CMAKE_CURRENT_LIST_DIR}/AppsApi.cpp ${CMAKE_CURRENT_LIST_DIR}/AppsApi.h
  ${CMAKE_CURRENT_LIST_DIR}/EngineApi.cpp ${CMAKE_CURRENT_LIST_DIR}/EngineApi.h
  ${CMAKE_CURRENT_LIST_DIR}/ItemsApi.cpp ${CMAKE_CURRENT_LIST_DIR}/ItemsApi.h
  ${CMAKE_CURRENT_LIST_DIR}/ReloadsApi.cpp ${CMAKE_CURRENT_LIST_DIR}/ReloadsApi.h
  ${CMAKE_CURRENT_LIST_DIR}/SpacesApi.cpp ${CMAKE_CURRENT_LIST_DIR}/SpacesApi.h
  ${CMAKE_CURRENT_LIST_DIR}/UsersApi.cpp ${CMAKE_CURRENT_LIST_DIR}/UsersApi.h
  ${CMAKE_CURRENT_LIST_DIR}/V1Request.cpp ${CMAKE_CURRENT_LIST_DIR}/V1Request.h
)
