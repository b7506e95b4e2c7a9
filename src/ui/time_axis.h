// The publication time axis (see time_axis.cpp): markers by month and topic, range selection, zoom, pan.
#pragma once

#include "ui/view.h"

namespace portfolio::ui {

// Draws the axis for ctx.state.publications (its index and result must be current) and applies the
// visitor's clicks and drags to its filter and selection.
void ShowTimeAxis(const ViewContext& ctx);

}  // namespace portfolio::ui
