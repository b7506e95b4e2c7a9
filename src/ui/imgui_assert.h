// ImGui assert accounting: the app logs a failed assert and goes on; tests read the count and fail on it.
#pragma once

namespace portfolio {

// Number of IM_ASSERT failures since start (or since ResetImAssertCount).
int ImAssertCount();
void ResetImAssertCount();
// The last failed expression with its location, "" when none.
const char* LastImAssert();

}  // namespace portfolio
