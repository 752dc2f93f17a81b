# The transport layer: one network manager wrapper, authentication, rate limits,
# error mapping and cursor paging.
target_sources(odag_api PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ApiError.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Authenticator.cpp ${CMAKE_CURRENT_LIST_DIR}/Authenticator.h
  ${CMAKE_CURRENT_LIST_DIR}/CursorPager.cpp ${CMAKE_CURRENT_LIST_DIR}/CursorPager.h
  ${CMAKE_CURRENT_LIST_DIR}/ErrorBody.cpp ${CMAKE_CURRENT_LIST_DIR}/ErrorBody.h
  ${CMAKE_CURRENT_LIST_DIR}/JsonCall.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RateLimiter.cpp ${CMAKE_CURRENT_LIST_DIR}/RateLimiter.h
  ${CMAKE_CURRENT_LIST_DIR}/Redaction.cpp ${CMAKE_CURRENT_LIST_DIR}/Redaction.h
  ${CMAKE_CURRENT_LIST_DIR}/Transport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TransportCall.cpp ${CMAKE_CURRENT_LIST_DIR}/TransportPrivate.h
)
