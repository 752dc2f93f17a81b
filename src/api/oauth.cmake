# OAuth2 for Qlik Cloud: the PKCE sign-in flow with its loopback listener, and the
# authenticator that renews its tokens.
target_sources(odag_api PRIVATE
  OAuth.h OAuth.cpp
  OAuthFlow.cpp
  OAuthHttp.cpp OAuthHttp.h
  OAuthLoopback.cpp OAuthLoopback.h
)
