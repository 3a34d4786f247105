#include "ausgleich/app/settle.hpp"
#include "ausgleich/io/arge_loader.hpp"
#include "common.hpp"
