// Publication queries: facets, free-text search, date range, sorting and live facet counts.
#include "core/query.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <numeric>

#include "core/markup.h"
#include "core/search.h"
#include "core/text.h"

namespace portfolio {
namespace {

constexpr std::array<const char*, kFacetCount> kFacetKeys = {"topic", "year", "venue", "kind", "role", "project", "tag"};
constexpr std::array<const char*, kFacetCount> kFacetLabels = {"Topic", "Year", "Venue", "Type", "Role", "Project", "Tag"};

const char* KindKey(VenueKind kind) {
    switch (kind) {
        case VenueKind::Conference: return "conference";
        case VenueKind::Journal: return "journal";
        case VenueKind::Workshop: return "workshop";
        case VenueKind::Preprint: return "preprint";
        case VenueKind::Thesis: return "thesis";
        case VenueKind::Other: return "other";
        default: return nullptr;
    }
}

bool AnyOf(const std::vector<std::string>& keys, const std::set<std::string>& wanted) {
    for (const std::string& k : keys)
        if (wanted.count(k)) return true;
    return false;
}

}  // namespace

const char* FacetKey(Facet facet) { return kFacetKeys[static_cast<std::size_t>(facet)]; }
const char* FacetLabel(Facet facet) { return kFacetLabels[static_cast<std::size_t>(facet)]; }

const char* SortKey(SortOrder order) {
    switch (order) {
        case SortOrder::Oldest: return "oldest";
        case SortOrder::Title: return "title";
        case SortOrder::Topic: return "topic";
        default: return "newest";
    }
}

bool PublicationFilter::Active() const {
    return !query.empty() || from_month != 0 || to_month != 0 ||
           std::any_of(values.begin(), values.end(), [](const auto& v) { return !v.empty(); });
}

void PublicationFilter::ClearFilters() {
    for (auto& v : values) v.clear();
    query.clear();
    from_month = to_month = 0;
}

int MonthKey(const Date& date) { return date.IsSet() ? date.year * 12 + (date.month ? date.month - 1 : 0) : 0; }

Date DateOfMonthKey(int key) { return key > 0 ? Date{key / 12, key % 12 + 1, 0} : Date{}; }

std::string VenueName(std::string_view publisher) {
    std::string_view v = Trim(publisher);
    // Drop a trailing year ("ICLR 2024", "NeurIPS'23").
    std::size_t end = v.size();
    while (end > 0 && v[end - 1] >= '0' && v[end - 1] <= '9') --end;
    const std::size_t digits = v.size() - end;
    if ((digits == 4 || digits == 2) && end > 0 && (v[end - 1] == ' ' || v[end - 1] == '\'')) v = Trim(v.substr(0, end - 1));
    return std::string(v);
}

PublicationIndex::PublicationIndex(const Profile& profile) : profile_(&profile) {
    entries_.resize(profile.publications.size());
    std::array<std::map<std::string, std::string>, kFacetCount> labels;  // value -> label, for values without an order
    auto key_of = [](Facet f) { return static_cast<std::size_t>(f); };
    for (std::size_t i = 0; i < profile.publications.size(); ++i) {
        const Publication& pub = profile.publications[i];
        Entry& e = entries_[i];
        e.keys[key_of(Facet::Topic)] = pub.topics;
        if (pub.release_date.IsSet()) e.keys[key_of(Facet::Year)].push_back(std::to_string(pub.release_date.year));
        if (const std::string venue = VenueName(pub.publisher); !venue.empty()) {
            e.keys[key_of(Facet::Venue)].push_back(venue);
            labels[key_of(Facet::Venue)][venue] = venue;
        }
        if (const char* kind = KindKey(pub.venue_kind)) e.keys[key_of(Facet::Kind)].push_back(kind);
        if (pub.OwnerIsFirstAuthor()) e.keys[key_of(Facet::Role)].push_back("first-author");
        if (pub.OwnerHasEqualContribution()) e.keys[key_of(Facet::Role)].push_back("equal-contribution");
        e.keys[key_of(Facet::Project)] = pub.projects;
        e.keys[key_of(Facet::Tag)] = pub.tags;
        for (const std::string& tag : pub.tags) labels[key_of(Facet::Tag)][tag] = tag;

        std::string hay = pub.name + "\n" + pub.publisher + "\n" + PlainText(pub.summary);
        for (const Author& a : pub.authors) hay += "\n" + a.name;
        for (const std::string& t : pub.tags) hay += "\n" + t;
        e.haystack = FoldForSearch(hay);
        e.folded_title = FoldForSearch(pub.name);
        e.month = MonthKey(pub.release_date);
        e.topic_rank = static_cast<int>(profile.topics.size());
        for (std::size_t t = 0; t < profile.topics.size(); ++t)
            if (!pub.topics.empty() && pub.topics.front() == profile.topics[t].id) e.topic_rank = static_cast<int>(t);
        if (e.month) {
            min_month_ = min_month_ ? std::min(min_month_, e.month) : e.month;
            max_month_ = std::max(max_month_, e.month);
        }
    }
    // Facet values in display order.
    for (const Topic& t : profile.topics) values_[key_of(Facet::Topic)].push_back(FacetValue{t.id, t.name});
    std::set<int, std::greater<>> years;
    for (const Entry& e : entries_)
        for (const std::string& y : e.keys[key_of(Facet::Year)]) years.insert(std::atoi(y.c_str()));
    for (int y : years) values_[key_of(Facet::Year)].push_back(FacetValue{std::to_string(y), std::to_string(y)});
    for (const auto& [value, label] : labels[key_of(Facet::Venue)]) values_[key_of(Facet::Venue)].push_back(FacetValue{value, label});
    for (VenueKind kind : {VenueKind::Conference, VenueKind::Journal, VenueKind::Workshop, VenueKind::Preprint, VenueKind::Thesis, VenueKind::Other}) {
        const char* k = KindKey(kind);
        const bool used = std::any_of(entries_.begin(), entries_.end(), [&](const Entry& e) { return !e.keys[key_of(Facet::Kind)].empty() && e.keys[key_of(Facet::Kind)][0] == k; });
        if (used) {
            std::string label = k;
            label[0] = static_cast<char>(label[0] - 'a' + 'A');
            values_[key_of(Facet::Kind)].push_back(FacetValue{k, label});
        }
    }
    values_[key_of(Facet::Role)] = {FacetValue{"first-author", "First author"}, FacetValue{"equal-contribution", "Equal contribution"}};
    for (const Project& p : profile.projects) values_[key_of(Facet::Project)].push_back(FacetValue{p.id, p.name});
    for (const auto& [value, label] : labels[key_of(Facet::Tag)]) values_[key_of(Facet::Tag)].push_back(FacetValue{value, label});
}

QueryResult RunQuery(const PublicationIndex& index, const PublicationFilter& filter) {
    QueryResult result;
    const std::size_t n = index.Size();
    result.total = n;
    result.matches.assign(n, false);
    const std::vector<std::string> words = QueryWords(filter.query);

    // For each publication: a bit per facet that it passes, plus whether query and range pass.
    constexpr unsigned kAllFacets = (1u << kFacetCount) - 1;
    std::vector<unsigned> pass(n, 0);
    std::array<bool, kFacetCount> facet_active{};
    for (std::size_t f = 0; f < kFacetCount; ++f) facet_active[f] = !filter.values[f].empty();
    for (std::size_t i = 0; i < n; ++i) {
        if (filter.from_month && index.Month(i) < filter.from_month) continue;
        if (filter.to_month && (index.Month(i) == 0 || index.Month(i) > filter.to_month)) continue;
        if (filter.from_month && index.Month(i) == 0) continue;
        bool text_ok = true;
        if (!words.empty()) {
            const std::string& hay = index.entries_[i].haystack;
            for (const std::string& w : words)
                if (hay.find(w) == std::string::npos) { text_ok = false; break; }
        }
        if (!text_ok) continue;
        unsigned bits = 0;
        for (std::size_t f = 0; f < kFacetCount; ++f)
            if (!facet_active[f] || AnyOf(index.entries_[i].keys[f], filter.values[f])) bits |= 1u << f;
        pass[i] = bits | (1u << kFacetCount);  // the extra bit: query and range passed
    }

    // Facet counts: a value counts publications that pass every other facet (and query and range).
    for (std::size_t f = 0; f < kFacetCount; ++f) {
        std::vector<FacetValue> values = index.Values(static_cast<Facet>(f));
        std::map<std::string, std::size_t> slot;
        for (std::size_t v = 0; v < values.size(); ++v) {
            slot[values[v].value] = v;
            values[v].active = filter.values[f].count(values[v].value) > 0;
        }
        const unsigned others = kAllFacets & ~(1u << f);
        for (std::size_t i = 0; i < n; ++i) {
            if (!(pass[i] >> kFacetCount) || (pass[i] & others) != others) continue;
            for (const std::string& k : index.entries_[i].keys[f])
                if (const auto it = slot.find(k); it != slot.end()) ++values[it->second].count;
        }
        result.facets[f] = std::move(values);
    }

    for (std::size_t i = 0; i < n; ++i) {
        if ((pass[i] >> kFacetCount) && (pass[i] & kAllFacets) == kAllFacets) {
            result.matches[i] = true;
            result.visible.push_back(i);
        }
    }
    auto& v = result.visible;
    const auto& e = index.entries_;
    switch (filter.sort) {
        case SortOrder::Newest:
            std::stable_sort(v.begin(), v.end(), [&](std::size_t a, std::size_t b) { return e[a].month > e[b].month; });
            break;
        case SortOrder::Oldest:
            std::stable_sort(v.begin(), v.end(), [&](std::size_t a, std::size_t b) {
                // Undated publications go last in both orders.
                const int ma = e[a].month ? e[a].month : 1 << 30, mb = e[b].month ? e[b].month : 1 << 30;
                return ma < mb;
            });
            break;
        case SortOrder::Title:
            std::stable_sort(v.begin(), v.end(), [&](std::size_t a, std::size_t b) { return e[a].folded_title < e[b].folded_title; });
            break;
        case SortOrder::Topic:
            std::stable_sort(v.begin(), v.end(), [&](std::size_t a, std::size_t b) {
                return e[a].topic_rank != e[b].topic_rank ? e[a].topic_rank < e[b].topic_rank : e[a].month > e[b].month;
            });
            break;
    }
    return result;
}

}  // namespace portfolio
