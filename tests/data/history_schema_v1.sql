CREATE TABLE messages (
 id INTEGER PRIMARY KEY AUTOINCREMENT,
 created TEXT NOT NULL, provider TEXT NOT NULL, account TEXT, sender TEXT, recipient TEXT,
 kind TEXT, message_id TEXT, state TEXT NOT NULL, error TEXT, correlation TEXT,
 request BLOB, response BLOB, elapsed_ms INTEGER, rank INTEGER NOT NULL DEFAULT 0);
CREATE INDEX messages_message_id ON messages(message_id);
CREATE INDEX messages_created ON messages(created);
CREATE TABLE events (
 id INTEGER PRIMARY KEY AUTOINCREMENT, message INTEGER REFERENCES messages(id),
 provider TEXT NOT NULL, message_id TEXT, time TEXT, status TEXT, provider_status TEXT,
 error_code TEXT, description TEXT, applied INTEGER NOT NULL DEFAULT 0,
 UNIQUE(provider, message_id, provider_status, time));
CREATE INDEX events_message ON events(message);
INSERT INTO messages (created, provider, account, sender, recipient, kind, message_id, state, error, correlation,
 request, response, elapsed_ms, rank)
 VALUES ('2026-10-01T09:00:00.000Z', 'meta', 'Main', '+919876500001', '+919876543210', 'text', 'wamid.A1',
 'delivered', '', '', 'POST x', '{}', 120, 3);
INSERT INTO messages (created, provider, account, sender, recipient, kind, message_id, state, error, correlation,
 request, response, elapsed_ms, rank)
 VALUES ('2026-10-01T09:05:00.000Z', 'telnyx', 'Main', '+919876500001', '+16502530000', 'image', '',
 'unknown', 'No answer', '', 'POST y', '', 30000, 0);
INSERT INTO events (message, provider, message_id, time, status, provider_status, error_code, description, applied)
 VALUES (1, 'meta', 'wamid.A1', '2026-10-01T09:00:03.000Z', 'delivered', 'delivered', '', '', 1);
