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

// A 256-bit set of the byte pairs in `text`: a word can only occur where all of its pairs do.
std::array<std::uint64_t, 4> Bigrams(std::string_view text) {
    std::array<std::uint64_t, 4> bits{};
    for (std::size_t i = 1; i < text.size(); ++i) {
        const unsigned h = (static_cast<unsigned char>(text[i - 1]) * 31u + static_cast<unsigned char>(text[i])) & 255u;
        bits[h >> 6] |= std::uint64_t{1} << (h & 63u);
    }
    return bits;
}

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

}  // namespace

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
    auto slot = [](Facet f) { return static_cast<std::size_t>(f); };
    // First the facet values of each publication as text, then every value gets an id.
    std::vector<std::array<std::vector<std::string>, kFacetCount>> text_keys(profile.publications.size());
    std::set<std::string> venues, tags;
    std::set<int, std::greater<>> years;
    std::set<std::string> kinds_used;
    for (std::size_t i = 0; i < profile.publications.size(); ++i) {
        const Publication& pub = profile.publications[i];
        auto& keys = text_keys[i];
        keys[slot(Facet::Topic)] = pub.topics;
        if (pub.release_date.IsSet()) {
            keys[slot(Facet::Year)].push_back(std::to_string(pub.release_date.year));
            years.insert(pub.release_date.year);
        }
        if (std::string venue = VenueName(pub.publisher); !venue.empty()) {
            venues.insert(venue);
            keys[slot(Facet::Venue)].push_back(std::move(venue));
        }
        if (const char* kind = KindKey(pub.venue_kind)) {
            keys[slot(Facet::Kind)].push_back(kind);
            kinds_used.insert(kind);
        }
        if (pub.OwnerIsFirstAuthor()) keys[slot(Facet::Role)].push_back("first-author");
        if (pub.OwnerHasEqualContribution()) keys[slot(Facet::Role)].push_back("equal-contribution");
        keys[slot(Facet::Project)] = pub.projects;
        keys[slot(Facet::Tag)] = pub.tags;
        tags.insert(pub.tags.begin(), pub.tags.end());

        Entry& e = entries_[i];
        std::string hay = pub.name + "\n" + pub.publisher + "\n" + PlainText(pub.summary);
        for (const Author& a : pub.authors) hay += "\n" + a.name;
        for (const std::string& t : pub.tags) hay += "\n" + t;
        const std::string folded = FoldForSearch(hay);
        e.hay_begin = static_cast<std::uint32_t>(hay_pool_.size());
        hay_pool_ += folded;
        e.hay_end = static_cast<std::uint32_t>(hay_pool_.size());
        e.bigrams = Bigrams(folded);
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
    for (const Topic& t : profile.topics) values_[slot(Facet::Topic)].push_back(FacetValue{t.id, t.name});
    for (int y : years) values_[slot(Facet::Year)].push_back(FacetValue{std::to_string(y), std::to_string(y)});
    for (const std::string& v : venues) values_[slot(Facet::Venue)].push_back(FacetValue{v, v});
    for (VenueKind kind : {VenueKind::Conference, VenueKind::Journal, VenueKind::Workshop, VenueKind::Preprint, VenueKind::Thesis, VenueKind::Other}) {
        const char* k = KindKey(kind);
        if (!kinds_used.count(k)) continue;
        std::string label = k;
        label[0] = static_cast<char>(label[0] - 'a' + 'A');
        values_[slot(Facet::Kind)].push_back(FacetValue{k, label});
    }
    values_[slot(Facet::Role)] = {FacetValue{"first-author", "First author"}, FacetValue{"equal-contribution", "Equal contribution"}};
    for (const Project& p : profile.projects) values_[slot(Facet::Project)].push_back(FacetValue{p.id, p.name});
    for (const std::string& t : tags) values_[slot(Facet::Tag)].push_back(FacetValue{t, t});

    std::array<std::map<std::string, std::uint32_t>, kFacetCount> id_of;
    for (std::size_t f = 0; f < kFacetCount; ++f)
        for (std::size_t v = 0; v < values_[f].size(); ++v) id_of[f].emplace(values_[f][v].value, static_cast<std::uint32_t>(v));
    for (std::size_t i = 0; i < entries_.size(); ++i) {
        for (std::size_t f = 0; f < kFacetCount; ++f) {
            entries_[i].key_begin[f] = static_cast<std::uint32_t>(key_pool_.size());
            for (const std::string& k : text_keys[i][f])
                if (const auto it = id_of[f].find(k); it != id_of[f].end()) key_pool_.push_back(it->second);
        }
        entries_[i].key_begin[kFacetCount] = static_cast<std::uint32_t>(key_pool_.size());
    }
}

namespace {

// For each publication: a bit per facet that it passes, plus one bit for query and range.
constexpr unsigned kAllFacets = (1u << kFacetCount) - 1;
constexpr unsigned kTextAndRange = 1u << kFacetCount;
static_assert(kFacetCount < 31, "a facet is a bit of an unsigned");

// The filter's values as flags per value id of each facet; values the profile does not have are ignored.
struct WantedValues {
    std::array<std::vector<char>, kFacetCount> flags;
    std::array<bool, kFacetCount> active{};
};

WantedValues Wanted(const PublicationIndex& index, const PublicationFilter& filter) {
    WantedValues w;
    for (std::size_t f = 0; f < kFacetCount; ++f) {
        const auto& values = index.Values(static_cast<Facet>(f));
        w.flags[f].assign(values.size(), 0);
        for (std::size_t v = 0; v < values.size(); ++v)
            if (filter.values[f].count(values[v].value)) w.flags[f][v] = w.active[f] = true;
    }
    return w;
}

bool ContainsAllWords(const PublicationIndex& index, const PublicationIndex::Entry& e, const std::vector<std::string>& words,
                      const std::vector<std::array<std::uint64_t, 4>>& word_bigrams) {
    const std::string_view hay = index.Hay(e);
    for (std::size_t w = 0; w < words.size(); ++w) {
        const auto& need = word_bigrams[w];
        for (std::size_t k = 0; k < 4; ++k)
            if ((e.bigrams[k] & need[k]) != need[k]) return false;
        if (hay.find(words[w]) == std::string_view::npos) return false;
    }
    return true;
}

// The pass bits of every publication (0 for one outside the range, failing the text, or failing two facets).
std::vector<unsigned> PassBits(const PublicationIndex& index, const PublicationFilter& filter, const WantedValues& wanted) {
    const std::vector<std::string> words = QueryWords(filter.query);
    std::vector<std::array<std::uint64_t, 4>> word_bigrams;
    for (const std::string& w : words) word_bigrams.push_back(Bigrams(w));
    std::vector<unsigned> pass(index.Size(), 0);
    for (std::size_t i = 0; i < index.Size(); ++i) {
        const auto& e = index.At(i);
        if ((filter.from_month || filter.to_month) && e.month == 0) continue;
        if (filter.from_month && e.month < filter.from_month) continue;
        if (filter.to_month && e.month > filter.to_month) continue;
        unsigned bits = kTextAndRange;
        for (std::size_t f = 0; f < kFacetCount; ++f) {
            bool ok = !wanted.active[f];
            for (std::uint32_t k = e.key_begin[f]; k < e.key_begin[f + 1] && !ok; ++k) ok = wanted.flags[f][index.KeyAt(k)] != 0;
            if (ok) bits |= 1u << f;
        }
        // A publication failing two facets neither shows nor counts anywhere: skip its text search.
        const unsigned failed = kAllFacets & ~bits;
        if (failed & (failed - 1)) continue;
        if (ContainsAllWords(index, e, words, word_bigrams)) pass[i] = bits;
    }
    return pass;
}

// Facet counts: a value counts publications that pass every other facet (and query and range).
// One pass: a publication that fails no facet counts in every facet; one that fails exactly one
// facet counts only there (its values are what would widen the selection).
void CountFacets(const PublicationIndex& index, const WantedValues& wanted, const std::vector<unsigned>& pass, QueryResult& result) {
    for (std::size_t f = 0; f < kFacetCount; ++f) {
        result.facets[f] = index.Values(static_cast<Facet>(f));
        for (std::size_t v = 0; v < result.facets[f].size(); ++v) result.facets[f][v].active = wanted.flags[f][v] != 0;
    }
    auto count_facet = [&](const PublicationIndex::Entry& e, std::size_t f) {
        for (std::uint32_t k = e.key_begin[f]; k < e.key_begin[f + 1]; ++k) ++result.facets[f][index.KeyAt(k)].count;
    };
    for (std::size_t i = 0; i < pass.size(); ++i) {
        if (!(pass[i] & kTextAndRange)) continue;
        const unsigned failed = kAllFacets & ~pass[i];
        if (failed == 0) {
            for (std::size_t f = 0; f < kFacetCount; ++f) count_facet(index.At(i), f);
        } else if ((failed & (failed - 1)) == 0) {
            std::size_t f = 0;
            while (!(failed & (1u << f))) ++f;
            count_facet(index.At(i), f);
        }
    }
}

void SortVisible(const PublicationIndex& index, SortOrder order, std::vector<std::size_t>& v) {
    auto e = [&index](std::size_t i) -> const PublicationIndex::Entry& { return index.At(i); };
    switch (order) {
        case SortOrder::Newest:
            std::stable_sort(v.begin(), v.end(), [&](std::size_t a, std::size_t b) { return e(a).month > e(b).month; });
            break;
        case SortOrder::Oldest:
            std::stable_sort(v.begin(), v.end(), [&](std::size_t a, std::size_t b) {
                // Undated publications go last in both orders.
                const int ma = e(a).month ? e(a).month : 1 << 30, mb = e(b).month ? e(b).month : 1 << 30;
                return ma < mb;
            });
            break;
        case SortOrder::Title:
            std::stable_sort(v.begin(), v.end(), [&](std::size_t a, std::size_t b) { return e(a).folded_title < e(b).folded_title; });
            break;
        case SortOrder::Topic:
            std::stable_sort(v.begin(), v.end(), [&](std::size_t a, std::size_t b) {
                return e(a).topic_rank != e(b).topic_rank ? e(a).topic_rank < e(b).topic_rank : e(a).month > e(b).month;
            });
            break;
    }
}

}  // namespace

QueryResult RunQuery(const PublicationIndex& index, const PublicationFilter& filter) {
    QueryResult result;
    result.total = index.Size();
    result.matches.assign(index.Size(), false);
    const WantedValues wanted = Wanted(index, filter);
    const std::vector<unsigned> pass = PassBits(index, filter, wanted);
    CountFacets(index, wanted, pass, result);
    for (std::size_t i = 0; i < pass.size(); ++i) {
        if (pass[i] == (kAllFacets | kTextAndRange)) {
            result.matches[i] = true;
            result.visible.push_back(i);
        }
    }
    SortVisible(index, filter.sort, result.visible);
    return result;
}

void LiveQuery::Reset(const Profile& profile) {
    index_ = profile.publications.empty() ? nullptr : std::make_unique<PublicationIndex>(profile);
    result_ = QueryResult{};
    valid_ = false;
}

void LiveQuery::Clear() {
    index_.reset();
    result_ = QueryResult{};
    valid_ = false;
}

const QueryResult& LiveQuery::Update(const PublicationFilter& filter) {
    if (!index_ || (valid_ && result_for_ == filter)) return result_;
    result_ = RunQuery(*index_, filter);
    result_for_ = filter;
    valid_ = true;
    result_.run = ++runs_;
    return result_;
}

}  // namespace portfolio
