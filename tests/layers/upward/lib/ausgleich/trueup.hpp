#pragma once
#include "ausgleich/io/settlement_reader.hpp"
#include "ausgleich/settlement.hpp"
