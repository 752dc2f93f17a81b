# Typed ODAG clients: Qlik Cloud odag-links, odag-requests, odag-apps/odag-settings, and
# the Qlik Sense Enterprise ODAG service.
target_sources(odag_api PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/OdagLinksApi.cpp ${CMAKE_CURRENT_LIST_DIR}/OdagLinksApi.h
  ${CMAKE_CURRENT_LIST_DIR}/OdagQuery.h
  ${CMAKE_CURRENT_LIST_DIR}/OdagRequestsApi.cpp ${CMAKE_CURRENT_LIST_DIR}/OdagRequestsApi.h
  ${CMAKE_CURRENT_LIST_DIR}/OdagTenantApi.cpp ${CMAKE_CURRENT_LIST_DIR}/OdagTenantApi.h
  ${CMAKE_CURRENT_LIST_DIR}/QseOdagApi.cpp ${CMAKE_CURRENT_LIST_DIR}/QseOdagApi.h
)
