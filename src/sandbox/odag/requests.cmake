# ODAG generation requests in the sandbox: the request engine (state machine, load
# queue, retention purge), submission checks, bound scripts of generated apps, the Cloud
# and QSE request routes and the demo requests.
target_sources(odag_sandbox PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/DemoRequestValues.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoRequestValues.h
  ${CMAKE_CURRENT_LIST_DIR}/DemoRequests.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoRequests.h
  ${CMAKE_CURRENT_LIST_DIR}/GeneratedAppScript.cpp ${CMAKE_CURRENT_LIST_DIR}/GeneratedAppScript.h
  ${CMAKE_CURRENT_LIST_DIR}/QseRequestRoutes.cpp ${CMAKE_CURRENT_LIST_DIR}/QseRequestRoutes.h
  ${CMAKE_CURRENT_LIST_DIR}/RequestEngine.cpp ${CMAKE_CURRENT_LIST_DIR}/RequestEngine.h
  ${CMAKE_CURRENT_LIST_DIR}/RequestEngineActions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RequestEngineSubmit.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RequestRecord.cpp ${CMAKE_CURRENT_LIST_DIR}/RequestRecord.h
  ${CMAKE_CURRENT_LIST_DIR}/RequestRoutes.cpp ${CMAKE_CURRENT_LIST_DIR}/RequestRoutes.h
  ${CMAKE_CURRENT_LIST_DIR}/RequestValidation.cpp ${CMAKE_CURRENT_LIST_DIR}/RequestValidation.h
)
