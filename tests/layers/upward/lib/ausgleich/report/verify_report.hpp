#pragma once
#include "ausgleich/app/verify.hpp"
#include "ausgleich/io/settlement_reader.hpp"
#include "ausgleich/report/language.hpp"
#include <CLI/CLI.hpp>
