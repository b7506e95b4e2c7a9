// The publication timeline's state: the filter (the part that goes into the URL; the App runs the query
// for it before the view, core/query.h LiveQuery), and the purely visual state (search text buffer, time axis view, cached card
// heights).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/query.h"
#include "core/route.h"

namespace portfolio::ui {

struct TimeAxisState {
    float view_min = 0.0f, view_max = 0.0f;          // visible months (animated towards the targets)
    float target_min = 0.0f, target_max = 0.0f;
    enum class Drag { None, Select, Move, ResizeLeft, ResizeRight, Pan } drag = Drag::None;
    float drag_anchor = 0.0f;                        // month under the pointer when the drag began
    int drag_from = 0, drag_to = 0;                  // range while dragging
    std::vector<float> alpha;                        // per publication, animated towards 1 or 0.25
    // The markers that can show: dated publications at most 8 deep in their month's stack, in publication
    // order, with their place in the stack (0 at the bottom); built once per profile (see ShowTimeAxis).
    struct Marker {
        std::size_t pub;
        int stack;
        int topic;  // the profile's topic its first topic is (the last of that id), or -1
    };
    std::vector<Marker> markers;
    int max_stack = 0;                               // the deepest stack, at most 8
    bool markers_ready = false;
    bool keyboard_focus = false;                     // the axis had the visible keyboard focus last frame
};

struct PublicationsState {
    PublicationFilter filter;
    std::string selected;                // publication chosen on the time axis
    std::string scroll_to_selected;      // scroll the list to this publication on the next frame
    char search[256] = "";               // the search box's text (mirrors filter.query)
    bool focus_search = false;           // "/" pressed: focus the box on the next frame
    bool search_active = false;          // the box had keyboard focus on the last frame
    bool more_filters = false;
    std::unordered_map<std::string, bool> abstract_open;
    std::string cited_id;                // "Cite" confirmation
    double cited_at = -100.0;
    bool route_discrete = true;          // the last filter change was a click (push history) rather than typing

    // Layout cache for drawing only the visible cards: height per publication at `heights_width`.
    std::vector<float> heights;
    float heights_width = 0.0f;
    double heights_sum = 0.0;            // of the measured (non-zero) heights, kept with every change
    int heights_count = 0;
    std::uint64_t heights_version = 0;   // counts the changes of `heights`
    // The list's layout (publications.cpp ListOffsets): where each listed card starts, from the list's top,
    // for one query run, heights version and mean; rebuilt when one of them changes.
    std::vector<float> list_offsets;
    std::size_t list_run = 0;
    std::uint64_t list_heights_version = 0;
    float list_estimate = 0.0f;
    int any_equal_contribution = -1;
    std::vector<int> topic_rank;         // per publication, its group when listing by topic (publications.cpp)     // a publication lists an equal contribution: 1 or 0, -1 not yet known
    TimeAxisState axis;

    void Reset() {  // a new profile
        heights.clear();
        heights_sum = 0.0;
        heights_count = 0;
        ++heights_version;
        list_offsets.clear();
        any_equal_contribution = -1;
        topic_rank.clear();
        axis = TimeAxisState{};
        abstract_open.clear();
    }
};

}  // namespace portfolio::ui
