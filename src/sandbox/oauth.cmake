# OAuth2 of the sandbox tenant: /oauth/authorize, /oauth/token, /oauth/revoke and the
# access tokens they issue.
target_sources(odag_sandbox PRIVATE OAuthRoutes.cpp OAuthRoutes.h OAuthPages.cpp OAuthPages.h)
