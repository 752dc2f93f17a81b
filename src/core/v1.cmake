# Qlik Cloud /api/v1 shapes (spaces, items, apps, reloads; seed 003) and the Associative
# Engine's REST answers (seed 004).
target_sources(odag_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/AppData.cpp ${CMAKE_CURRENT_LIST_DIR}/AppData.h
  ${CMAKE_CURRENT_LIST_DIR}/Apps.cpp ${CMAKE_CURRENT_LIST_DIR}/Apps.h
  ${CMAKE_CURRENT_LIST_DIR}/Engine.cpp ${CMAKE_CURRENT_LIST_DIR}/Engine.h
  ${CMAKE_CURRENT_LIST_DIR}/ErrorResponse.h
  ${CMAKE_CURRENT_LIST_DIR}/Items.h
  ${CMAKE_CURRENT_LIST_DIR}/Paging.h
  ${CMAKE_CURRENT_LIST_DIR}/Reloads.cpp ${CMAKE_CURRENT_LIST_DIR}/Reloads.h
  ${CMAKE_CURRENT_LIST_DIR}/Spaces.cpp ${CMAKE_CURRENT_LIST_DIR}/Spaces.h
  ${CMAKE_CURRENT_LIST_DIR}/Tier.h
  ${CMAKE_CURRENT_LIST_DIR}/Users.h
)
