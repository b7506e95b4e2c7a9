// Publication queries: facets (topic, year, venue, venue kind, the owner's role, project, tag),
// free-text search, a date range and sorting, with live counts per facet value. Pure and fast:
// an index built once per profile makes each query a few linear passes.
#pragma once

#include <array>
#include <memory>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "core/profile.h"

namespace portfolio {

enum class Facet { Topic, Year, Venue, Kind, Role, Project, Tag };

// The facets, in the URL's parameter order: a new facet is a row here (and its values in the index).
struct FacetInfo {
    Facet facet;
    const char* key;    // the URL parameter name: "topic", "year", ...
    const char* label;  // what the visitor reads: "Topic", "Year", ...
    bool primary;       // shown at once; the others under "More filters"
};
inline constexpr FacetInfo kFacets[] = {
    {Facet::Topic, "topic", "Topic", true},     {Facet::Year, "year", "Year", true},
    {Facet::Venue, "venue", "Venue", false},    {Facet::Kind, "kind", "Type", false},
    {Facet::Role, "role", "Role", true},        {Facet::Project, "project", "Project", false},
    {Facet::Tag, "tag", "Tag", false},
};
inline constexpr std::size_t kFacetCount = std::size(kFacets);
constexpr bool FacetRowsInEnumOrder() {
    for (std::size_t i = 0; i < kFacetCount; ++i)
        if (static_cast<std::size_t>(kFacets[i].facet) != i) return false;
    return true;
}
static_assert(FacetRowsInEnumOrder(), "kFacets lists every Facet once, in the enum's order");
inline const FacetInfo& InfoOf(Facet facet) { return kFacets[static_cast<std::size_t>(facet)]; }
inline const char* FacetKey(Facet facet) { return InfoOf(facet).key; }
inline const char* FacetLabel(Facet facet) { return InfoOf(facet).label; }

enum class SortOrder { Newest, Oldest, Title, Topic };
const char* SortKey(SortOrder order);  // "newest", "oldest", "title", "topic"

struct PublicationFilter {
    std::array<std::set<std::string>, kFacetCount> values;  // OR within a facet, AND across facets
    std::string query;                                       // all words must match
    int from_month = 0, to_month = 0;                        // inclusive MonthKey range; 0 = open end
    SortOrder sort = SortOrder::Newest;

    std::set<std::string>& Values(Facet f) { return values[static_cast<std::size_t>(f)]; }
    const std::set<std::string>& Values(Facet f) const { return values[static_cast<std::size_t>(f)]; }
    bool Active() const;  // any facet value, query or range (the sort order alone is not a filter)
    void ClearFilters();  // keeps the sort order
    friend bool operator==(const PublicationFilter&, const PublicationFilter&) = default;
};

// Months since year 0: a publication dated "2024-03" is 2024 * 12 + 2; a year-only date counts as January.
int MonthKey(const Date& date);
Date DateOfMonthKey(int key);
// "ICLR 2024" -> "ICLR"; "arXiv" -> "arXiv": the venue without its year, for the venue facet.
std::string VenueName(std::string_view publisher);

struct FacetValue {
    std::string value;  // what goes into the filter and the URL
    std::string label;  // what the visitor reads
    std::size_t count = 0;  // publications this value would show, given the other facets, query and range
    bool active = false;
};

// Everything a query needs per publication, computed once per profile.
class PublicationIndex {
public:
    explicit PublicationIndex(const Profile& profile);
    const Profile& GetProfile() const { return *profile_; }
    std::size_t Size() const { return entries_.size(); }
    // The facet values of one publication, as indices into Values(f).
    std::span<const std::uint32_t> Keys(std::size_t pub, Facet f) const {
        const Entry& e = entries_[pub];
        const std::size_t f_index = static_cast<std::size_t>(f);
        return {key_pool_.data() + e.key_begin[f_index], key_pool_.data() + e.key_begin[f_index + 1]};
    }
    int Month(std::size_t pub) const { return entries_[pub].month; }
    // All values of a facet in display order, with labels (counts are filled by RunQuery).
    const std::vector<FacetValue>& Values(Facet f) const { return values_[static_cast<std::size_t>(f)]; }
    int MinMonth() const { return min_month_; }
    int MaxMonth() const { return max_month_; }

    // Flat, contiguous storage keeps a query over 10k publications in the cache.
    struct Entry {
        std::array<std::uint32_t, kFacetCount + 1> key_begin{};  // facet f's value ids: key_pool_[key_begin[f], key_begin[f+1])
        std::uint32_t hay_begin = 0, hay_end = 0;                 // folded title, authors, venue, abstract, tags in hay_pool_
        std::array<std::uint64_t, 4> bigrams{};                   // which byte pairs occur: rules out most non-matches cheaply
        int month = 0;
        int topic_rank = 0;
        std::string folded_title;
    };
    const Entry& At(std::size_t pub) const { return entries_[pub]; }
    std::uint32_t KeyAt(std::uint32_t slot) const { return key_pool_[slot]; }  // a value id, for Entry::key_begin slots
    std::string_view Hay(const Entry& e) const { return std::string_view(hay_pool_).substr(e.hay_begin, e.hay_end - e.hay_begin); }

private:
    const Profile* profile_;
    std::vector<Entry> entries_;
    std::vector<std::uint32_t> key_pool_;
    std::string hay_pool_;
    std::array<std::vector<FacetValue>, kFacetCount> values_;
    int min_month_ = 0, max_month_ = 0;
};

struct QueryResult {
    std::vector<std::size_t> visible;  // indices into profile.publications, in display order
    std::vector<bool> matches;         // per publication (profile order): passes every filter
    std::array<std::vector<FacetValue>, kFacetCount> facets;  // values with live counts
    std::size_t total = 0;
    std::size_t run = 0;               // LiveQuery::Update's run that produced it (1, 2, ...); 0 from RunQuery
};

QueryResult RunQuery(const PublicationIndex& index, const PublicationFilter& filter);

// The result kept in step with a profile and a filter: the query runs again only when the filter
// changed (or the profile, after Reset). The app holds one; views and the state API read Result().
class LiveQuery {
public:
    void Reset(const Profile& profile);                 // a new profile: index it (nothing to query when it has no publications)
    void Clear();                                       // no profile
    const QueryResult& Update(const PublicationFilter& filter);
    const QueryResult& Result() const { return result_; }
    const PublicationIndex* Index() const { return index_.get(); }
    std::size_t Runs() const { return runs_; }          // how many times the query ran (tests check it does not repeat)

private:
    std::unique_ptr<PublicationIndex> index_;
    PublicationFilter result_for_;
    QueryResult result_;
    bool valid_ = false;
    std::size_t runs_ = 0;
};

}  // namespace portfolio
