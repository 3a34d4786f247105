// The test runner: Catch2 supplies main() here, and only here, so the other test
// files compile quickly.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
