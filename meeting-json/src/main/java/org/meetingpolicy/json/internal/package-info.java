/** Jackson modules and helpers behind {@link org.meetingpolicy.json.RecordJson}; not an API. */
package org.meetingpolicy.json.internal;
