#include "ausgleich/io/node_reader.hpp"
#include "ausgleich/report/format.hpp"
#include <yaml.h>
