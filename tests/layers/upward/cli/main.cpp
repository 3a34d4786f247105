#include "ausgleich/app/settle.hpp"
#include "common.hpp"
#include <CLI/CLI.hpp>
