# The sandbox's OAuth2 routes alone, over real HTTP.
odag_add_test(NAME tst_sandbox_oauth SOURCES tst_sandbox_oauth.cpp ../api/OAuthTestKit.h
              LIBS odag::sandbox Qt6::Network TIMEOUT 60)
