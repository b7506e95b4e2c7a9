// Derived facts about the model that views and queries share.
#include "core/profile.h"

#include <algorithm>

namespace portfolio {

bool Publication::OwnerIsFirstAuthor() const {
    if (authors.empty()) return false;
    if (authors.front().is_owner) return true;
    // Equal first authorship: the owner is in the leading run of equal-contribution authors.
    if (!authors.front().equal_contribution) return false;
    for (const Author& a : authors) {
        if (!a.equal_contribution) return false;
        if (a.is_owner) return true;
    }
    return false;
}

bool Publication::OwnerHasEqualContribution() const {
    return std::any_of(authors.begin(), authors.end(), [](const Author& a) { return a.is_owner && a.equal_contribution; });
}

const Topic* Profile::FindTopic(std::string_view id) const {
    const auto it = std::find_if(topics.begin(), topics.end(), [&](const Topic& t) { return t.id == id; });
    return it == topics.end() ? nullptr : &*it;
}

const Project* Profile::FindProject(std::string_view id) const {
    const auto it = std::find_if(projects.begin(), projects.end(), [&](const Project& p) { return p.id == id; });
    return it == projects.end() ? nullptr : &*it;
}

std::vector<std::size_t> Profile::PublicationsOfProject(std::string_view project_id) const {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < publications.size(); ++i)
        if (std::find(publications[i].projects.begin(), publications[i].projects.end(), project_id) != publications[i].projects.end())
            out.push_back(i);
    return out;
}

}  // namespace portfolio
