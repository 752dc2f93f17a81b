# ODAG domain types: Qlik Cloud links, requests and tenant settings; Qlik Sense
# Enterprise ODAG service.
target_sources(odag_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/OdagLink.cpp ${CMAKE_CURRENT_LIST_DIR}/OdagLink.h
  ${CMAKE_CURRENT_LIST_DIR}/OdagLinkProperties.h
  ${CMAKE_CURRENT_LIST_DIR}/OdagRequest.cpp ${CMAKE_CURRENT_LIST_DIR}/OdagRequest.h
  ${CMAKE_CURRENT_LIST_DIR}/OdagTenant.cpp ${CMAKE_CURRENT_LIST_DIR}/OdagTenant.h
  ${CMAKE_CURRENT_LIST_DIR}/QseOdag.cpp ${CMAKE_CURRENT_LIST_DIR}/QseOdag.h
)
