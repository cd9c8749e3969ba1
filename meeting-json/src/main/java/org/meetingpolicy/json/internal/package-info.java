/** Jackson modules and helpers behind {@link org.meetingpolicy.json.RecordJson}; not an API. */
@NullMarked
package org.meetingpolicy.json.internal;

import org.jspecify.annotations.NullMarked;
