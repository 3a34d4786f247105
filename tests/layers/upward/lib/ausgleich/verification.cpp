#include "ausgleich/report/format.hpp"
#include <json/json.h>
