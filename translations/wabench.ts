<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Wabench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Wabench %1&lt;/h2&gt;&lt;p&gt;Compose, preview, send and track WhatsApp Business messages through Exotel, Kaleyra, Telnyx and Meta&apos;s Cloud API, or the offline Sandbox.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Copyright © 2026 the Wabench developers.&lt;br&gt;Wabench is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with &lt;b&gt;no warranty&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Built with Qt %3, running on Qt %4; QtKeychain, valijson, libphonenumber, libsodium and http-parser.&lt;/p&gt;&lt;p&gt;Settings: %5&lt;br&gt;Data: %6&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The licence text is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline Sandbox is built in and needs no settings: it answers on this machine like a provider would, so you can try sending without an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored — type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. +919876500001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default sender</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>Base URL (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot; is not a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must start with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http is allowed only to this machine (127.0.0.1, ::1, localhost); use https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account needs an id of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a secret; it goes to the keychain, not the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL carries a user name or password (user:password@): credentials belong in the account&apos;s secret fields, which the keychain keeps; a URL is stored and shown in plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Business Account id (for templates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an account on a team workspace can be shared, and this history is not one (or cannot be reached now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team workspace did not keep the account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team workspace did not let the account go: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team workspace did not remove the account: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available here: secrets are kept in memory until Wabench quits, and asked for again next time. Nothing secret is written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1 account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a call that changes nothing, to check these settings and secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no call that changes nothing; send a message to test it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were saved, but the secrets were not: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The secrets are kept only until Wabench quits: there is no keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot; and its secrets? Its history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider has no call that changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the %2: it is part of every request&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shared with the team workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every desktop on the workspace lists it, with these settings. Secrets are never shared: each desktop keeps its own in its keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, shared with the team workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sharing &quot;%1&quot;? It is kept on this computer alone, and the other desktops of the workspace no longer list it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot; from the team workspace, for every desktop on it, and its secrets from this computer? Its history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another desktop removed &quot;%1&quot;; saving adds it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another desktop changed &quot;%1&quot;; saving keeps what is shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another desktop removed &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppIdentity</name>
    <message>
        <source>&quot;%1&quot; could not be moved to &quot;%2&quot;; it is left where it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArrayField</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1; %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackPost</name>
    <message>
        <source>the connection closed after the callback was sent; it was not sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackTrigger</name>
    <message>
        <source>Hello, is my order on its way?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track my order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parcel as it arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status &quot;%1&quot; of a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a customer&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a customer&apos;s tap on a template&apos;s quick reply button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a customer&apos;s tap on a reply button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a customer&apos;s choice from a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a customer&apos;s image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a customer&apos;s video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a customer&apos;s voice message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a customer&apos;s document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a template&apos;s review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wabench cannot make %1&apos;s callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no event &quot;%1&quot;; the events are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot send &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s error tables have no failure code %2; they have %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an error code goes with &quot;failed&quot; only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 failed with %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 from %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, answering %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: template %2 (id %3) %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignReportView</name>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures by error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row is on record yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) on record: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The report cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · failures: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignRun</name>
    <message>
        <source>Unknown provider &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is not open; nothing is sent without a record of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 was not sent: the history could not record it (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: the provider may have taken it; it is not sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more was sent: the history could not record the rows about to leave (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot;: %L2 accepted, %L3 rejected, %L4 unknown, %L5 sent before, %L6 skipped for errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) refused for rate time after time are left queued: sending the campaign again under the same name sends them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A row whose fate is unknown may have reached the provider: it is never sent again on its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Print the accounts as a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the accounts: id, provider, name, default sender and settings.
Secrets are never printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exotel, kaleyra, telnyx or meta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default sender (Kaleyra: the business number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an account, or replaces the one with the same name.
Secrets (API keys, tokens) are read from standard input, one per line in the
order asked, or prompted for on a terminal; never from an argument. They go to
the OS keychain; without one they are not kept, and send asks for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench accounts add: --%1 is one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench accounts add: %1 accounts have no --%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench accounts add: the secrets were not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved account &quot;%1&quot; (%2, id %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: the secrets are kept only while this command runs. &apos;wabench send&apos; asks for them on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes an account and its secrets from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench accounts remove: name one account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench accounts remove: no account &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench accounts remove: the Sandbox account is built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed account &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wabench accounts list|add|remove [OPTIONS]
Run &apos;wabench accounts ACTION --help&apos; for an action&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench accounts: list, add or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench %1: name one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider to convert to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read FILE as provider P&apos;s request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft or request body; - reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the request body provider P takes for the same message and recipients.
Several bodies (one per request) print as a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench convert: --to names the provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a request, response or callback of any provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the explanation as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests, responses or callbacks of any provider; - reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says what a payload is and means: provider, kind, message ids, statuses with decoded codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench explain: name at least one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only messages in state S (sending, accepted, rejected, unknown, sent, delivered, read, failed); comma-separated for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only messages sent through provider P.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only messages sent since T: a date, a date and time, or 90m, 12h, 7d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only messages whose recipient, message id, kind or error contain TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N messages, newest first (default 50; 0: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array, with requests (secrets masked), responses and events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the messages sent, newest first: time, recipient, kind, provider, state, message id and error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench history: --since &quot;%1&quot; is not a date, a time or a span such as 12h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench history: --limit is a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench history: --json or --csv, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render for provider P (default: the draft&apos;s, or the body&apos;s own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print code instead: curl, python or node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the full HTTP request(s) a send would make, with secrets masked.
Account settings that are not known show as placeholders (PHONE_NUMBER_ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench render: --code is curl, python or node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench render: unknown provider &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of account &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench send: the %1 of account &quot;%2&quot; is not stored; give it on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account to send with (name or id; see &apos;wabench accounts list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender, instead of the file&apos;s or the account&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the status callbacks (the webhook receiver runs meanwhile), printing each as it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --wait: the state to wait for: sent, delivered (the default) or read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --wait: give up after S seconds (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft, a message or a provider&apos;s request body; - reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench send: --until is sent, delivered or read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench send: --timeout is a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench send: name the account with --account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench send: no account &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench send: nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>wabench send: %n message(s) did not reach &quot;%1&quot; within %2 s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>wabench %1: --port is a number from 0 (any free port) to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on 127.0.0.1:N (default 8787; 0: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time between one status callback and the next (default 800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where callbacks go when a request names none: URL/webhooks/&lt;provider&gt; (default: the webhook receiver&apos;s local URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox listening at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on 127.0.0.1:N (default 8788; 0: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving callbacks at %1/webhooks/&lt;provider&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read FILE as provider P&apos;s request (exotel, kaleyra, telnyx, meta, sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the issues as a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts or request bodies; - reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks drafts and provider request bodies against every documented limit.
Exit status: 0 no errors, 1 errors, 2 a file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench validate: name at least one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends a message with an account, records every message in the history, and prints one line
per message: its state, recipient, and the provider&apos;s message id or error.
Nothing is sent while the message has errors. A request is never sent twice.
Exit status: 0 all accepted, 1 any rejected, 2 nothing sent (bad input), 3 any unknown,
4 a provider&apos;s answer the history could not store (its message id is printed).
With --wait: 0 when every message reached the state, 1 on a failure, 3 on timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench send: %1 answered &quot;%2&quot; for %3 (message id %4), but the history could not store it: %5. Keep this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench accounts add: --provider is one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench history: --status &quot;%1&quot; is not a state: sending, accepted, sent, delivered, read, played, failed, rejected or unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on ADDRESS:PORT instead, for example 0.0.0.0:8788 on a server or [::1]:8788.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reverse proxy or tunnel in front of the receiver (repeatable): its address is exempt from the per-address connection limit. Default: the setting webhooks/trusted_proxies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections one address other than loopback and trusted proxies may hold at once (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the secret keys that check callbacks (Meta&apos;s app secret) from standard input, one line each, when neither the keychain nor the environment has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the webhook receiver until stopped (Ctrl+C), recording every status and inbound callback into the history, and printing a line for each. Callbacks are checked with the keys set in Preferences: Telnyx&apos;s public key from the settings, Meta&apos;s app secret from the keychain, or else from the environment variable %1 or (with --keys-from-stdin) standard input; never from an argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench receive: --listen takes ADDRESS:PORT, for example 127.0.0.1:8788, 0.0.0.0:8788 or [::1]:8788; not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench receive: --connections-per-address is a number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench receive: --trusted-proxy takes an IP address; not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench receive: listening beyond this machine, on %1: anyone who can reach this address can post callbacks to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT, for example 900x600; not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a command, a window option nor a file; see &apos;wabench --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients, instead of the file&apos;s: numbers as people write them, separated by commas; without a country code, the sender&apos;s country&apos;s. Repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account (name or id; see &apos;wabench accounts list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload: what the file is for: image, video, audio, document or sticker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload: the business number, instead of the account&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload FILE, or save MEDIA_ID OUTPUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload: checks FILE against WhatsApp&apos;s media types and sizes, uploads it through the account&apos;s
provider (Meta, Kaleyra, the Sandbox) and prints its media id.
save: saves the file of MEDIA_ID (a customer&apos;s, or one uploaded) to OUTPUT.
Exit status: 0 done, 1 refused or failed, 2 bad input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench media: say &apos;upload FILE&apos; or &apos;save MEDIA_ID OUTPUT&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench media: name the account with --account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench media: no account &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench media: --type is image, video, audio, document or sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbound %1 message%2 from %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (media %1%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender, where the file names none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the sender from this account, where the file and --from name none (see &apos;wabench accounts list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench convert: no account &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s request names the sender, and this file names none: give --from or --account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not carried to %1, which has no such field: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes phone numbers only; %2 is a business-scoped user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench render: --png needs a graphical application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench render: --width is a number of pixels from 280 to 600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench render: no message to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench render: cannot write &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the message as the customer&apos;s phone shows it, to the PNG file OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --png: WhatsApp&apos;s dark theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --png: the phone&apos;s width, 280 to 600 (360).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --png: fetch the pictures the message links to (http and https links only; 5 MB and 10 seconds each at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template definitions: one, an array, or Meta&apos;s {&quot;data&quot;: [...]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks template definitions against Meta&apos;s rules for writing them.
Exit status: 0 no errors, 1 errors, 2 a file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench templates lint: name at least one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check template messages against the definitions in FILE_OR_DIR (a file of definitions, or a folder of them); may be given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps template definitions in the local library, with the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench templates import: name at least one FILE with definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Kept %n template definition(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Print the definitions as Meta lists them, {&quot;data&quot;: [...]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the template definitions kept with the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definition&apos;s language, as en_US.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench templates delete: name one template, and its --language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench %1: no account &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the account&apos;s templates from its provider and keeps them with the history.
Exit status: 0 kept, 1 refused or failed, 2 bad input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template definitions to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates template definitions with the account&apos;s provider, one line each (id and status, or why not).
Exit status: 0 all created, 1 any refused, 2 bad input (nothing sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench templates push: nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --png: template definitions (a file or a folder of them); a template message is drawn with its definition&apos;s texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the definition in this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the account&apos;s (name or id), or &quot;local&quot; for the local library&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a message that sends the template with its examples, to fill in and send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints a template definition kept with the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench templates show: name one template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench templates show: no template %1 is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wabench templates lint|import|list|show|delete|pull|push [OPTIONS]
Run &apos;wabench templates ACTION --help&apos; for an action&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench templates: lint, import, list, show, delete, pull or push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes a template definition from the local library, or with --account deletes the template at the account&apos;s provider (every language, or the --language one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same recipient as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more row(s) with findings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>wabench send: --rate is a number of messages a second (0: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>wabench send: nothing was sent: %n row(s) have errors (--skip-invalid sends the others)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>wabench send: campaign &quot;%1&quot; resumed: rows already sent are not sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows, %3 a second, %4 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to every row of a CSV or TSV list: a &quot;to&quot; column, and a column for each {{name}} in the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --csv: the campaign&apos;s name; the same name again resumes it, sending only the rows that never left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --csv: messages a second (default: the provider&apos;s, 80; 0: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --csv: send the rows without errors, instead of nothing when any row has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench send: --csv sends one draft, to the list&apos;s recipients (no --to, no --wait)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages a second each sending number may send; above it sends are refused with HTTP 429 and the provider&apos;s code for it (Meta 130429), as a provider&apos;s throughput limit does (default: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer sends without calling back with their statuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the offline Sandbox until stopped (Ctrl+C): a simulated provider that speaks the Exotel, Kaleyra, Telnyx and Meta APIs on this machine and calls back with statuses. Prints its keys, its scenarios, and a line for each request (provider, HTTP status, the recipients a send named and the message id each was given, tab-separated, lists comma-separated, - for none) and each callback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench sandbox: --rate-limit is a number of messages a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left queued for a run again of the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent again in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench send: row %1 (%2) refused for rate (%3); %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass every callback the receiver accepts on to URL (your own handler, http or https), byte for byte with its headers, once, after it is recorded; the handler&apos;s answer and time are printed and kept beside the request. A handler that is down or slow never holds the receiver up. Default: the window&apos;s setting, if any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench receive: --forward-to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarding accepted callbacks to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wabench [COMMAND] [OPTIONS] ...
Without a command, Wabench opens its window.

Commands:
  validate [--provider P] [--json] [--templates FILE_OR_DIR] FILE...
                                           check drafts or request bodies against every documented limit
                                           (and template sends against their definitions)
  convert --to P FILE                      the request body provider P takes for the same message
  render [--provider P] [--code C] FILE    the full HTTP request, secrets masked (or as cURL/Python/Node)
  render --png OUT [--dark] [--width PX] [--fetch-media] FILE
                                           the message as the customer&apos;s phone shows it, as a PNG
  explain [--json] FILE...                 what a request, response or callback means
  accounts list|add|remove                 the provider accounts; secrets go to the keychain
  send --account A [--wait] FILE           send, record in the history, one line per message
  history [--status S] [--json|--csv]      what was sent, and what became of it
  media upload|save --account A ...        a file uploaded for a media id, or a media id&apos;s file saved
  sandbox [--port N]                       run the offline Sandbox provider until stopped
  receive [--port N] [--forward-to URL]    run the webhook receiver, recording into the history
  webhooks [--verdict V] [--show ID]       the requests the receiver kept, and what each did
  replay ID [--to URL [--resign]]          a kept request again, into the receiver or to your handler
  trigger PROVIDER EVENT [--to URL] [--message-id ID] [--recipient N] [--error CODE]
                                           a realistic, signed callback: statuses, failures, replies
  templates lint [--json] FILE...          check template definitions against Meta&apos;s rules for them
  templates import|list|delete ...         the template definitions kept with the history
  templates pull|push --account A ...      an account&apos;s templates read from, or created at, its provider

Providers: exotel, kaleyra, telnyx, meta, sandbox. FILE may be - for standard input.
Run &apos;wabench COMMAND --help&apos; for a command&apos;s options.

Window: wabench [FILE...] [--open FILE] [--screenshot PATH [--size WxH] [--dark]]
  FILE...                                  drafts or request bodies to open in the window
  --open FILE                              the same, for one file
  --screenshot PATH                        render the window to a PNG at PATH and exit
  --size WxH                               the window&apos;s size, for example 900x600
  --dark                                   a dark palette, to check how the window reads on one
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure codes (--error): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it to URL (http or https) instead of Wabench&apos;s own receiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status: the message it is about (default: a new id). A customer&apos;s message: the message it answers. A template&apos;s review: the template&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status: who the message went to. A customer&apos;s message: who writes. Default +919876543210.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With failed: the failure code (any the provider&apos;s error tables know).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer&apos;s text, button or row title, or caption; a template&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the events and failure codes PROVIDER can send, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the request instead of sending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exotel, kaleyra, telnyx, meta or sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent, delivered, read, failed, text, button, button-reply, list-reply, image, video, audio, document, template-approved, template-rejected, template-paused, template-disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends a realistic callback in PROVIDER&apos;s own format, signed as it signs: with your Meta app secret, or for Telnyx with Wabench&apos;s test key, whose public key it prints for your handler to trust. To Wabench&apos;s receiver unless --to says otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench trigger: name a provider: exotel, kaleyra, telnyx, meta or sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench trigger: name a provider and an event (--list shows the events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it to URL (your own handler, http or https) with its original headers, instead of into Wabench&apos;s receiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --to: sign it anew with your Meta app secret (a Telnyx signature only Telnyx can make, and goes as it came).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request the receiver kept (wabench webhooks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends a request the receiver kept again: into Wabench&apos;s receiver, where it is applied again on purpose past the duplicate and replay checks and recorded as a replay, or to your own handler with --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench replay: give the id of one kept request (wabench webhooks lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench replay: --resign goes with --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench replay: the receiver kept no request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench replay: request %1 is a %2, not a callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench replay: %1&apos;s signature can be made only by %1; replay it without --resign to send it with the signature it came with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only provider P&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those with verdict V (applied, duplicate, unmatched, refused, not-stored, check); comma-separated for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those whose path starts with PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those whose body, path or reason contain TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N, newest first (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print request ID whole: its headers, body and what it did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the requests the webhook receiver kept, newest first: id, time, provider, status, verdict, path and reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench webhooks: the receiver kept no request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a replay of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench webhooks: no verdict &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history cannot be opened (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench %1: --database needs a file or a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove everything the history holds about CUSTOMER (a number or a business-scoped user id): messages to and from them, their statuses, the raw webhooks about them. Needs --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erased	messages %1	events %2	customer&apos;s messages %3	webhook requests %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no history there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench history: --import-from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench history: copying %1 into %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copied	messages %1	events %2	customer&apos;s messages %3	webhook requests %4	templates %5	campaigns %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm --erase-customer, --keep-days and --keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy everything in HISTORY (another history: this computer&apos;s file when the history in use is a team workspace, or a database URL) into the history in use. Run again, it copies only what is new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove messages older than D days, with their statuses, and customers&apos; messages as old. Needs --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all but the newest N messages, with their statuses. Needs --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench history: --%1 removes what cannot be brought back; add --yes to do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench history: --%1 is a number above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed	messages %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench accounts list: the team workspace cannot be reached (%1); this computer&apos;s accounts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share it with the team workspace in use: every desktop on it lists it (secrets stay in each one&apos;s keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench accounts add: the team workspace cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved account &quot;%1&quot; (%2, id %3), shared with the team workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The https URL providers reach this receiver at (through your TLS proxy). On a team workspace it is kept there: every desktop then names it as the callback URL of what it sends, and its own receiver takes its Sandbox&apos;s callbacks alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench receive: --public-url takes an https URL without credentials, for example https://hooks.example.com; not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench receive: the team workspace did not keep --public-url: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers call back %1/webhooks/&lt;provider&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wabench receive: old messages were not removed yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerBar</name>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account to send with; its settings also show in the previews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender, e.g. +919876500001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account (previews only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>No answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the provider accepted these credentials (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused these credentials (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationsWindow</name>
    <message>
        <source>The conversation as the customer&apos;s phone shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 message (its request was not kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations — Wabench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a number or user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer to see the conversation with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 · %n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your business</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · %n message(s) · %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Erase Customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove everything the history holds about this customer, as when they ask to be forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase everything the history holds about %1: the messages sent to them with their statuses, the messages they sent, and the raw webhooks about them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone, and it is erased for everyone on the team workspace. Their rows in campaigns stay, without their number, so that no campaign sends to them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone. Their rows in campaigns stay, without their number, so that no campaign sends to them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased %1: %2 messages sent, %3 statuses, %4 of their messages, %5 webhook requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row that names the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, the header: column %2&apos;s name is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, the header: column %2 has no name (columns are separated by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, the header: columns %2 and %3 are both named &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where the header has %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: the record starting there is longer than %2 MiB; is a quote never closed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field opened there is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: text follows a quoted field&apos;s closing quote (a quote inside a quoted field is written twice)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>no database is named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;sqlite:&quot; names no file (sqlite:/path/to/history.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file URL names no local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1:&quot; is not a database Wabench keeps its history in: a SQLite file (a path) or PostgreSQL (postgresql://host/database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database URL names several hosts; Wabench connects to one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database URL&apos;s port &quot;%1&quot; is not a port (1 to 65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database URL is not a valid URL (postgresql://user@host:port/database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database URL names no host (postgresql://host/database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database URL names no database (postgresql://host/database: the part after the host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database URL&apos;s option &quot;%1&quot; is not one Wabench passes on (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database URL&apos;s option &quot;%1&quot; holds a &quot;;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database URL&apos;s sslmode &quot;%1&quot; is none of disable, allow, prefer, require, verify-ca, verify-full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database URL&apos;s connect_timeout &quot;%1&quot; is not a number of seconds (1 to 600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database URL&apos;s %1 &quot;%2&quot; is not a whole number (0 or more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Draft</name>
    <message>
        <source>/%1: not a Wabench draft (the format version is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/%1: format version %2 is not supported; this Wabench reads up to version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/%1: must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/recipients: must be an array of phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/recipients/%1: must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/%1: must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a draft is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftFiles</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not read: %2. The draft is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recorded request was not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wabench drafts (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Draft or Request Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts and JSON bodies (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this draft first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered the draft you were editing when Wabench last stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftImport</name>
    <message>
        <source>The body holds %1 different messages; the first is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditJsonDialog</name>
    <message>
        <source>Edit JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the body, or paste a draft or any provider&apos;s request body. Fields the form does not know are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnumField</name>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not a documented value)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorCodes</name>
    <message>
        <source>EX_MESSAGE_DELIVERED: delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_MESSAGE_SENT: sent to the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_MESSAGE_SEEN: seen by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_SYSTEM_ERROR: a system issue (authentication, access token, permission or service unavailable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_NUMBER_ERROR: a problem with the phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_SETUP_ERROR: the account is not set up correctly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_RATE_LIMIT_HIT: the rate limit was breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_SPAM_RATE_LIMIT_HIT: the spam rate limit was breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_TOO_MANY_REQUEST: too many requests in a short span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_INVALID_REQUEST: the request is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_UNKNOWN_ERROR: an unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_INVALID_RECIPIENT: the recipient is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_INCAPABLE_RECIPIENT: the recipient cannot receive this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_RECIPIENT_BLOCKED: the recipient is not in the allowed list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_UNSUPPORTED_MESSAGE: this message type is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_MEDIA_DOWNLOAD_ERROR: WhatsApp could not download the media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_MEDIA_UPLOAD_ERROR: the media type is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_REENGAGEMENT_ERROR: the 24-hour customer service window is over; send a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_INVALID_PARAM: invalid parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_MISSING_PARAM: a mandatory parameter is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_INVALID_PARAM_VALUE: a parameter has an invalid value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_TEMPLATE_ERROR: the template&apos;s format character policy was violated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_TEMPLATE_PARAM_ERROR: the number of template parameters does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_TEMPLATE_NOT_FOUND: the template does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_TEMPLATE_TEXT_TOO_LONG: the translated template text is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_INVALID_TEMPLATE_NAMESPACE: the template namespace is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_MESSAGE_PENDING_TOO_LONG: the message was pending too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_MESSAGE_EXPIRED: the message expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_MESSAGE_TOO_LONG: the text is longer than 4096 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_WEBHOOK_ERROR: no webhook is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_SECTION_COUNT_ERROR: invalid number of list sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_ROWS_COUNT_ERROR: invalid number of list rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_PRODUCT_COUNT_ERROR: invalid number of products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_CATALOGUE_NOT_FOUND: the catalog id was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_CATALOGUE_NOT_LINKED: the catalog is not linked to the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_MISSING_PRODUCT: a product is missing from the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_PRODUCT_NOT_FOUND: none of the products were found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_PRODUCT_COMPLIANCE_ERROR: the products failed compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_INVALID_HEADER: the header structure is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_MISSING_COMPLIANCE: compliance information is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX_CHAR_POLICY_VIOLATION: the character policy was violated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed: the access token could not be validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app lacks the capability or permission for this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied: the permission is not granted or was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid parameter: a field is missing, misspelt or has a wrong value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token has expired or is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporarily blocked for policy violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit hit: too many messages per second for this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s number is part of an experiment and was not sent this marketing message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong on Meta&apos;s side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied: the permission is not granted or was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required parameter is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter value is not valid (for reactions: the message is older than 30 days, deleted, or a reaction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is temporarily unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender and recipient numbers are the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is undeliverable: the recipient is not on WhatsApp or cannot receive it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business account has been locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a problem with the business account&apos;s payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 24 hours have passed since the recipient last replied; send a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam rate limit hit: too many of this number&apos;s messages were blocked or flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered, to keep the ecosystem healthy (per-user marketing limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient has stopped marketing messages from this business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message type is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media sent by the user could not be downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media could not be uploaded: unsupported type or unreachable link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many messages to the same recipient in a short time (pair rate limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of template parameters does not match the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template does not exist in this language, or is not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The translated template text is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template content violates a WhatsApp policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template parameter has the wrong format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template is paused for low quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template is disabled for low quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is not registered on the Cloud API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order status: the status transition is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order status: the order cannot be updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp error: Meta rejected the message; the details carry Meta&apos;s error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undeliverable: the template could not be used (pending, rejected, paused or disabled), or Meta&apos;s catch-all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid request: a field of the request is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed: check the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: the recipient has opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorrect SID or API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is not present or does not belong to the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API is not available for this customer, or the number is on another version of the WhatsApp API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload format is not correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaleyra had a server error; try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s balance is too low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaleyra did not send the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication templates go to phone numbers only, not to business-scoped user ids</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exotel</name>
    <message>
        <source>The request has no messages (whatsapp.messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has %1 messages; Exotel takes at most 100 per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 writes &quot;Content&quot;; Exotel&apos;s field is &quot;content&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no recipient (&quot;to&quot;); it is mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sender (&quot;from&quot;); it is mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;recepient_type&quot; is the Exotel table&apos;s misspelling of &quot;recipient_type&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exotel takes media by link only; an uploaded media id is not documented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exotel needs at least one more name field (first name, last name, ...) besides the full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Exotel&apos;s newer documents mention reactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body text is %1 characters; Exotel&apos;s limit is 1024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exotel documents no %1 messages; it may reject this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button text is %1 characters; Exotel&apos;s documents cap it at 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has %1 buttons; Exotel&apos;s documents say at most 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exotel needs the sender&apos;s WhatsApp number (&quot;from&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExotelTemplates</name>
    <message>
        <source>The account has no WhatsApp Business Account id: Exotel keeps templates per WhatsApp Business Account (add it in the account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1, and no error in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1, Exotel error %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not a list of templates: no response.whatsapp.templates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailedRows</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldWidget</name>
    <message>
        <source>Problems with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>Choose a message kind above, open a draft, or paste any provider&apos;s request body (Ctrl+V) to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a field the schema knows; it is sent as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 %2 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 %2 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalculate totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subtotal from the items (price × quantity, the sale price where there is one), the total from subtotal + tax + shipping − discount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuardedHttpServer</name>
    <message>
        <source>too many connections at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a connection gave way to a newer one (%1 at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many connections from %1 at once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDetails</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — arrived late; recorded, state unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status callbacks yet. They arrive through the webhook receiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered HTTP %1, refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered HTTP %1, accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request sent; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a message to see its request, the provider&apos;s answer and its status timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryFeed</name>
    <message>
        <source>The connection to the team workspace %1 was lost; connecting again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <source>Search recipient, message id, kind or error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show messages in this state; Problems is failed, rejected or unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the rows of one campaign (a draft sent to a list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any campaign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistorySource</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history named by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The history was written by a newer Wabench (schema %1; this one reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut off: the sending process (%1 on %2) stopped before the provider&apos;s answer was recorded; the provider may have received it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut off: the sending process stopped before the provider&apos;s answer was recorded; the provider may have received it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition %1 has no name or no language: nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template %1 in %2 is kept%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> for the account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of campaign &quot;%2&quot; is not waiting to be sent (another send took it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a batch is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team workspace %1 cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team workspace %1 cannot be followed live: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no customer (a phone number or a business-scoped user id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both histories must be open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history to copy from has no identity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is this history itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 of the history to copy from: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected Rows as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected Rows as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every Row Shown as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every Row Shown as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open as New Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this message again, as a new message with a record of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Message Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the provider what became of this message (Telnyx answers; the others call back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sent yet.
Every message you send appears here, with the provider&apos;s answer and each status as it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the rows to export first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history was not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse the history to this strip, or open it again (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Its Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every row of the campaign this message is a row of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its Webhook Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callbacks the receiver got about this message, raw, in the Webhooks window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger a Callback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a realistic status callback about this message, as its provider would</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation With This Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was sent to this customer and what they sent back, as their phone shows it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueListView</name>
    <message>
        <source>the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Issues</name>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonDocument</name>
    <message>
        <source>line 1, column 1: the input is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input ends where a value should be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name in double quotes should be here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the string is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character inside a string must be escaped (\n, \t, \u0000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\u takes four hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an escape JSON knows (\&quot; \\ \/ \b \f \n \r \t \uXXXX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a colon should follow the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number does not start with 0 (unless it is 0, or 0.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a digit should follow the minus sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a digit should follow the decimal point (1.0, not 1.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a digit should follow the exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number starts with a digit (0.5, not .5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON value (an object, array, string, number, true, false or null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something follows the end of the JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the array is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the object is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma or ] should be here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma or } should be here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma is not allowed before }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma is not allowed before ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1, column 1: a UTF-8 byte order mark was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object or array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input is larger than 16 MiB (%1 bytes), the most JSON that is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input is %1 MB (%2 bytes); at most 16 MiB (%3 bytes) of JSON is read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonField</name>
    <message>
        <source>Not JSON yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kaleyra</name>
    <message>
        <source>messaging_object must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messaging_product is required; it must be &quot;whatsapp&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messaging_product is %1; Kaleyra takes only &quot;whatsapp&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient (&quot;to&quot;) is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaleyra needs the business number; it goes in the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 characters; Kaleyra truncates it to 255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wa_source &quot;%1&quot; is not one of Kaleyra&apos;s; it will be recorded as &quot;api&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KaleyraTemplates</name>
    <message>
        <source>The account has no WhatsApp Business Account id: Kaleyra keeps templates per WhatsApp Business Account (add it in the account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no SID: Kaleyra&apos;s addresses start with it (add it in the account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1, Meta error %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1, and no error in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1, Kaleyra %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyValueField</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain refused Wabench access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system&apos;s keychain cannot be used by Wabench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is running: neither a Secret Service (GNOME Keyring, KeePassXC) nor KWallet answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are kept in memory until Wabench quits, and asked for again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KindPicker</name>
    <message>
        <source>Message kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a message kind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    %1 (not with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not carry this kind; choose another provider to send it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListBar</name>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the draft as written, {{placeholders}} and all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row of the list whose values the previews show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to the List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach the list: the previews show the raw text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list ends at row %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalServices</name>
    <message>
        <source>Port %1 is in use, so callbacks are received at %2 for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks cannot be received: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver can be reached from outside, and %1 callbacks are accepted unsigned: anyone who finds its address can post them. Set their keys in Preferences to have them checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Show or hide the list of problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unmatched Events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;cURL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;Sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox answers like a provider, on this machine. Send with the Sandbox account; what happens depends on the recipient&apos;s last three digits (Show Details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Wabench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Wabench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a message kind to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A send is under way. Quit anyway? Messages not sent yet are not sent; one on its way stays on record as unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dropped text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste Message, where no text field takes the paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received Media…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message from the template %1: fill in its values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to a &amp;List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Webhooks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy a History In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a History In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this computer&apos;s own history into the team workspace %1? Copied again later, only what is new in it is copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy This Computer&apos;s History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose a File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wabench histories (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 into the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Sending is off: nothing is sent without a record of it. Edit ▸ Preferences chooses another history, from the next start; this one is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaDownloadJob</name>
    <message>
        <source>The provider did not say where the media is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s answer has no address for the media: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media is at %1, which is not https: not fetched with the account&apos;s credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media is %1; more than the %2 WhatsApp allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media is larger than %1: not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaFiles</name>
    <message>
        <source>JPEG or PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP4 or 3GP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AAC, AMR, MP3, M4A or OGG (Opus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, TXT, DOC(X), XLS(X) or PPT(X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a media type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 (%3); %4 must be %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an animated sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a still sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; the limit for %3 is %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an audio file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaFlow</name>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.3gp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio (*.aac *.amr *.mp3 *.m4a *.ogg *.opus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stickers (*.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.txt *.doc *.docx *.xls *.xlsx *.ppt *.pptx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1… %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the media it was for is no longer in the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the upload or download under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Download</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaUploadJob</name>
    <message>
        <source>%1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload of %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed during the upload of %1; it was not sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded %1: media id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider took %1 (HTTP %2) but its answer has no media id: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not uploaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageRules</name>
    <message>
        <source>A product card needs its catalog id and product retailer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A media card needs an image or video header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call-to-action card needs its button text and URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quick-reply card needs at least one button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1 has no title; titles are required when there is more than one section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list has %1 rows in all sections; the limit is 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has %1 products in all sections; the limit is 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card index %1 is used twice; each card needs its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card text has %1 line breaks; the limit is 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is a %2 card with %3 button(s), card 1 a %4 card with %5; every card needs the same type and number of buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the flow&apos;s id or its name, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow needs its id or its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta advises button text without emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button text is %1 characters; Meta advises 30 or fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is used twice; each must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; starts or ends with a space; ids must not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link ends in .%1; WhatsApp takes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has both a link and a media id; give one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a link or a media id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a number; Meta&apos;s documents send it as text (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number of degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is outside -%3 to %3 degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages take no caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show link preview is the text &quot;%1&quot;; it should be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show link preview is &quot;%1&quot;; it must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is shown only when the location also has a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reaction cannot be sent as a reply; remove the message it replies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 has no %2; without a catalog_id Meta asks for country of origin and importer details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items with images; items with images are limited to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration %1 is not a UNIX time in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order expires less than 5 minutes from now; Meta needs at least 300 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment_type and payment_configuration are Meta&apos;s legacy fields; payment_settings replaces them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order details need payment settings (a payment gateway or UPI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 button takes a &quot;%2&quot; parameter, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button index %1 is used twice; each button has its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has %1 buttons; the limit is 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a limited-time offer with a copy-code button the URL button&apos;s index must be 1; it is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a limited-time offer without a copy-code button the URL button&apos;s index must be 0; it is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer code is %1 characters; the limit in a limited-time offer is 15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG and PNG images up to 5 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP4 and 3GP videos up to 16 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AAC, AMR, MP3, M4A and OGG (OPUS) audio up to 16 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TXT, PDF and Office documents up to 100 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebP stickers (static up to 100 KB, animated up to 500 KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 has header type %2 but card 1 has %3; all cards must use the same header type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 has header type %2 but the first card has %3; all cards must use the same header type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid URL: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has no scheme: the provider fetches it as it is, so write it whole, as https://%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is a %3: URL; the provider fetches only http and https</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has no host after %3://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reaction is one emoji; &quot;%1&quot; is %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reaction is an emoji; &quot;%1&quot; is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A carousel takes no header of its own: each card has its header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A carousel takes no footer; remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta&apos;s orders in Brazil carry payment_type &quot;br&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment_type &quot;br&quot; is for orders in Brazil (BRL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment_type is empty; an order in Brazil (BRL) takes &quot;br&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment_type is &quot;%1&quot;; an order in Brazil (BRL) takes &quot;br&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order details in Brazil need payment settings: a dynamic Pix code, a boleto, a payment link or a card on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pays orders in India (INR); an order in Brazil (BRL) takes pix_dynamic_code, boleto, payment_link or offsite_card_pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pays orders in Brazil (BRL); an order in India (INR) takes payment_gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total is %1 but subtotal %2 + tax %3 + shipping %4 − discount %5 = %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal is %1 but the items add up to %2 (price × quantity, the sale price where there is one); Recalculate totals sets it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPI payments are limited to ₹5,00,000; this order is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tap target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference id is %1 characters; the limit in India is 35</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved address id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A validation error for %1, but no value for it: send back what the customer entered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetaCloud</name>
    <message>
        <source>Payment %1 (reference %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient (&quot;to&quot;) must be a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messaging_product is required; it must be &quot;whatsapp&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messaging_product must be &quot;whatsapp&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Hub-Signature-256 is missing or does not start with sha256=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hub.verify_token does not match the verify token set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (reason: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template %1: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template %1: category %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template %1: quality %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template %1: its components changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number %1: %2 (messaging limit %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number %1: display name &quot;%2&quot; %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (phone number %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, ban %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, violation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert (%1, %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business capability: %1 phone numbers at most, messaging limit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security: %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 update: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient (&quot;recipient&quot;) must be a business-scoped user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business-initiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user-initiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call %1 from %2 to %3 (%4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number %1: username &quot;%2&quot; %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Hub-Signature-256 does not match the body under the app secret: it was signed with another app secret, or the body was changed after signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body was changed after it was signed (%1): the signature is checked over the bytes exactly as Meta sent them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetaTemplates</name>
    <message>
        <source>The account has no WhatsApp Business Account id: its templates live there (add it in the account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1, and no error object in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1, Meta error %2%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Multipart</name>
    <message>
        <source>the body is not multipart/form-data with a boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body has no part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1: the boundary line does not end where it should (byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1 has no closing boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1: its headers have no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1: &quot;%2&quot; is not a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1 is not form data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1 has no name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Payload</name>
    <message>
        <source>unknown provider &quot;%1&quot;; it is one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the array holds no request bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a draft cannot be part of an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is a %2 body, item 0 a %3 body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object (a draft or a request body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/provider: unknown provider &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a draft or a request body of any provider (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a %2 from %1, not a request; try &quot;wabench explain&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneConversation</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>📷 Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🎥 Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🎤 Voice message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>📍 Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>👤 Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message not in this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has not written: only templates reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24-hour window open until %1 (%2 h %3 min left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24-hour window closed since %1: only templates reach the customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneImages</name>
    <message>
        <source>not an http(s) link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetching images is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>the country code is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is too short for its country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is too long for its country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its length does not fit its country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not a possible phone number: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has no &quot;+&quot;; it is read as %3 (country code %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not in a known numbering range of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 characters long; a phone number has at most 15 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wabench&apos;s phone-number module did not load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wabench&apos;s phone-number module %1 is of another version of Wabench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wabench&apos;s phone-number module is not installed (looked for %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 cannot be checked: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneView</name>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp&apos;s light or dark theme; as the window follows the window&apos;s colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show media links&apos; pictures, fetched once each (up to 5 MB, 10 s); off, nothing is fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message as the customer&apos;s phone shows it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <source>%1 has no value: File &gt; Send to a List fills it from a list&apos;s column of that name (\{{ writes {{ as it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no value: %2 has no &quot;%3&quot; column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no value: row %2 of %3 leaves it empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request with no answer by then is recorded as unknown, and never sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port (from the next start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base64 public key from the Telnyx portal; empty: not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored — type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set: Meta callbacks are not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta app secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token you gave Meta for its subscription check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta verify token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between status callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public URL &quot;%1&quot; is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Telnyx public key is 32 bytes of base64 (44 characters), as the portal shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://your-tunnel.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address providers call back: a tunnel or proxy you run to this port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://127.0.0.1:3000/webhook (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every callback the receiver accepts is passed on to your own handler, byte for byte with its headers; its answer is kept beside the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s own file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty for this computer&apos;s own history; a SQLite file; or a team workspace on PostgreSQL, postgresql://user@host:5432/database (?sslmode=verify-full for a server elsewhere). WABENCH_DATABASE and --database name another for one run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it in (from the next start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the keychain, never in the settings. Empty: none, or the one your .pgpass file holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a team workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored for %1 — type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored: type it, or keep it in .pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded beside each message you send, for everyone on a team workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop is on a team workspace. Its receiver takes its Sandbox&apos;s callbacks alone; the providers call the team&apos;s receiver, which has not said its address yet (run it with --public-url).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop is on a team workspace. Its receiver takes its Sandbox&apos;s callbacks alone; the providers call the team&apos;s receiver at %1, named as the callback URL of what you send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used on a team workspace: the team&apos;s receiver takes the providers&apos; callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for ever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages older than this are removed with their statuses, and customers&apos; messages as old; a message still sending never is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many messages are kept, the newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team workspace&apos;s rule: every desktop and receiver on it follows it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cURL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy what this tab shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Choose another provider or message kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># %1 requests, one per batch of recipients
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap long lines to the width of the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 of %2 · to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message as the customer&apos;s phone shows it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>Sandbox (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer %2 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes media by link only: put the file where it can be fetched over https and give its link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gives a customer&apos;s media as a link in its callback, not as an id to fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wabench does not drive %1&apos;s template API: its templates are kept as local definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not a page of templates: no &quot;data&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1 of the page has no name or no language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer names no template id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Upload a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploads a file through the provider&apos;s media endpoint and puts its media id here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or drop a file here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivedMediaDialog</name>
    <message>
        <source>Received Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has sent media yet. The images, videos, audio, documents and stickers that reach the webhook receiver are listed here, to be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media customers sent, newest first. Save one to a file, or copy the link a provider gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a link was given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivingLabel</name>
    <message>
        <source>Not receiving callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving callbacks at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers&apos; status callbacks go to %1/webhooks/&lt;provider&gt;; Exotel and Telnyx requests name it themselves. For a provider on the internet, run a tunnel and set its public URL in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>No recent drafts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientList</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no &quot;%2&quot; column; the header names %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: the draft&apos;s %2 has no column of that name; the header names %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The &quot;%1&quot; column holds %2 recipients; a row is for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recipient in the &quot;%1&quot; column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;%1&quot; column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: {{%2}} has no value (the &quot;%2&quot; column is empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientsEdit</name>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+919876543210, +16502530000, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (without a country code, a number is read as one of %1, the sender&apos;s country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (without a country code, a number is read as one of %1, this computer&apos;s region; a sender&apos;s number sets it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more in the problems list</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Phone numbers with their country code, or (Meta only) the business-scoped user id of a customer who keeps their number to themselves, such as US.13491208655302741918; separated by commas, semicolons or lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: a customer&apos;s business-scoped user id, sent in Meta&apos;s recipient field</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResponsePane</name>
    <message>
        <source>Nothing sent yet. Send (Ctrl+Return) shows the provider&apos;s answer here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>accepted, id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: the history could not store this answer (%1). Keep the message id: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer %1 of %2 · to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response — sending %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>failed: not a WhatsApp number (Meta 131026, Exotel 30005)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: template parameters do not match (Meta 132000, Exotel 30023)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused at once: the template cannot be used (Telnyx 40008, Meta 132015)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent, never delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered, never read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statuses out of order: read, then delivered, then sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every status callback twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a slow answer (3 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 429 with Retry-After: 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closes after the body, with no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Sandbox cannot listen on 127.0.0.1:%1 (is it in use?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no callback URL set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed the connection without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message with that id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox has nothing at %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed: HTTP Basic with the API key and token is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorrect SID or API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed: a Bearer token is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal server error (Sandbox scenario 921)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit hit (Sandbox scenario 922)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template cannot be used: it is paused or disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a customer who wrote an hour ago: accepted, then sent, delivered and read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a customer who never wrote: a template is delivered, anything else fails as outside the 24-hour window (Meta 131047, Exotel 30018)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported get request. Object with ID &apos;%1&apos; does not exist, cannot be loaded due to missing permissions, or does not support this operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload is not form data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload has no &quot;file&quot; part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload does not say its type (&quot;type&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media upload error: %1 is %2; the limit for %3 is %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media upload error: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media upload error: %1 is not a type WhatsApp takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No media with that id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wabench Sandbox: a simulated WhatsApp provider on this machine.

Send to it as %1 by giving an account the base URL %2.
Statuses are called back to the request&apos;s status_callback or webhook_url, else to %3.

Callbacks are signed as each provider signs them; the keys that check them:
%4
Media uploads go to the media endpoint as Meta&apos;s and Kaleyra&apos;s do (POST .../media, form data);
GET /v21.0/{media-id} says where an id&apos;s file is, and it is served from there.

What happens depends on the last three digits of the recipient&apos;s number:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message template &quot;%1&quot; not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid parameter: the body is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content in this language already exists: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending, then approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending, then rejected (INVALID_FORMAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved, then paused: sends fail with Meta 132015</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved, then disabled: sends fail with Meta 132016</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
A template created on .../{waba}/message_templates, each decision with Meta&apos;s status webhook, by how its name ends:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a rate limit set (wabench sandbox --rate-limit N), more than N messages a second from one number: HTTP 429 with the provider&apos;s code (Meta 130429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit hit: more than %1 messages a second from this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer&apos;s message of kind &quot;%1&quot; is documented for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its documents describe no webhook for a template&apos;s review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx documents no WhatsApp webhook for a button or list reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx documents no webhook for a paused template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaErrors</name>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;) is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 characters; the limit is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 characters; it needs at least %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 given; the limit is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 given; at least %3 needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 entries; the limit is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be %2; it is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; allowed values are %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not in the expected form%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; the minimum is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; the maximum is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number; it is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schema for message kind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid here (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of %2; it is sent as it is, but providers may reject or ignore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 given; the limit is %3; the first %3 are checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schemas</name>
    <message>
        <source>AAC, AMR, MP3, M4A or OGG (OPUS), up to 16 MB. No caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always 100 for INR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount × offset (paise for INR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either a hosted link or an uploaded media id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1234567890</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send as voice message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echoed back in status callbacks (Meta, Telnyx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order-1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount × 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For templates with named parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position of the button in the template, from 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product retailer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable part of a dynamic URL button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1999-01-23</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WORK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barbara J. Johnson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CELL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it the recipient sees an Invite button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Websites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes this message a contextual reply to the message with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wamid.HBgL...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen in Meta&apos;s payment examples; shown only when present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal degrees, -90 to 90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>37.44216251868683</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>101 Forest Ave, Palo Alto, CA 94301</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Philz Coffee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal degrees, -180 to 180.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-122.16153582049394</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNIX time in milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited-time offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows the card&apos;s position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definitions shared by the message schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 257 contact cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, Office or text files, up to 100 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG or PNG, up to 5 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to three quick-reply buttons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned in the reply webhook; unique, no leading or trailing spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique within the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactive type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 to 10 scrollable cards, each with an image or video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 2 line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media carousel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the business&apos;s catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One button that opens a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-to-action URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a WhatsApp Flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advised to be 30 characters or less, without emoji.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow message version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults to &quot;unused&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A menu of up to 10 rows in up to 10 sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required when there is more than one section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the customer to share their location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For physical goods that are shipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>India</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNIX seconds, at least 300 s in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retailer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy; use payment settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment configuration (legacy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional info 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional info 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BillDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDF 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDF 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDF 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDF 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDF 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Razorpay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaakpay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One product from a catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 30 products in up to 10 sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pin on the map, with an optional name and address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An emoji reaction to an earlier message (not older than 30 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty emoji removes the reaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>😀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebP; static up to 100 KB, animated up to 500 KB. No caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticker message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pre-approved template with header, body and button parameters, limited-time offers and carousels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en_US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order_confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Telnyx template id; replaces name and language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template id (Telnyx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text up to 4096 characters; URLs allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello! Your order has shipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renders a preview of the first URL in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show link preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP4 or 3GP (H.264 + AAC), up to 16 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commerce &amp; payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order details (payment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the customer to review and pay for an order: in India (INR) through a payment gateway or UPI, in Brazil (BRL) with a dynamic Pix code, a boleto, a payment link or a card on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INR in India, BRL in Brazil; each takes its own payment settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digitable line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boleto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last four digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dynamic Pix copy-and-paste code (BR Code) from the bank or PSP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pix code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: APPSWITCH opens the buyer&apos;s bank app; without it the code is shown to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APPSWITCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pix key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pix key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic Pix code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>India: payment_gateway. Brazil: pix_dynamic_code, boleto, payment_link, offsite_card_pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>br for an order in Brazil. In India a legacy field (upi): use payment settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>br</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the customer for permission to call them on WhatsApp (Business Calling); they answer accept or reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call permission request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A button the customer taps to call the business on WhatsApp (Business Calling).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes back as cta_payload in the calls webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the button can be tapped: 1 minute to 30 days; 7 days without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active for (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique per order: up to 35 characters in India, 60 in Brazil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tells the customer how their order is going, and in Brazil how its payment is: India&apos;s and Brazil&apos;s Payments API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>India writes partially_shipped, Brazil partially-shipped; pending is Brazil&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brazil: how the order&apos;s payment stands; captured marks the order paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (Unix seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order details message&apos;s reference id (up to 35 characters in India, 60 in Brazil).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong with a field the customer filled in; WhatsApp keeps them from sending the address until they fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building or apartment error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor number error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat or house number error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN code error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landmark or area error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tower number error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building or apartment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat or house number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landmark or area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tower number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks a customer in India for their shipping address, in a form WhatsApp shows them: filled in ahead, with their saved addresses to pick from, or with what was wrong in the one they sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address messages are India&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autofill label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A URL with a variable: the whole URL as one send would make it. A copy code button: the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WELCOME_SCREEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+15550001234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>com.example.shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K8a/AINcGX7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A variable, {{1}}, may end it: the send gives the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/track/{{1}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero-tap terms accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the security note (authentication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code expires after (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Meta&apos;s reviewers read in place of each variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first_name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named body examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handle of a sample uploaded with the Resumable Upload API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4::aW1hZ2UvanBlZw==:ARb...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media handles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summer sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named header examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows when it expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring offer!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables: {{1}}, {{2}}, ... or, with named parameters, {{first_name}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi {{1}}, your order {{2}} is on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message template as Meta&apos;s WhatsApp Business Management API takes and returns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta may change the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to live (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order_update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POSITIONAL: {{1}}, {{2}}, ...; NAMED: {{first_name}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template definition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendFlow</name>
    <message>
        <source>Sending %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending: requests not sent yet are not sent; one already sent is on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of account &quot;%2&quot; is not stored. Enter it to send:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send with %1 (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this %1 message to %2 again, as a new message?
It gets a record of its own; the first one is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Send with Warnings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This message has %n warning(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendJob</name>
    <message>
        <source>Unknown provider &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is not open; nothing is sent without a record of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A send is already under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no one to send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history could not record it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendListDialog</name>
    <message>
        <source>Send to a List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No list chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV or TSV file: a header row, a &quot;to&quot; column and a column for each {{placeholder}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign sent again under the same name sends only the rows that never left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages a second; several requests are in flight within it. A refusal for rate slows the pace and sends that row again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;nothing while a row has errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip the rows with errors and send the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check A&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Failed Rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more rows leave; those in flight end; the campaign can be sent again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (%2) was refused for rate (%3): the pace is slower, and it goes again in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists (*.csv *.tsv *.tab *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same recipient as %1 (a warning: it is sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list cannot be read to its end, so nothing can be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>every row can be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n repeat a recipient</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (the first %L1 rows with findings are listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account of this provider: add one in Message &gt; Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft changed since the check: it is checked again first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: %L1 accepted, %L2 rejected, %L3 unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a second, %2 left · %L3 accepted, %L4 rejected, %L5 unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed rows cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed rows were not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed row(s) written to %1, with the error each met in the last column; rows whose fate is unknown are not among them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 (%2) was refused for rate again (%3): it is left queued, and sending the campaign again sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking was stopped after %Ln row(s): nothing is sent until every row is checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop Checking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendPolicy</name>
    <message>
        <source>The history is not open; nothing is sent without a record of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A send is under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a message kind first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a recipient first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n error(s) first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add an account for this provider first (Message &gt; Accounts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no message from them has been received here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the 24-hour window (%2): only a template reaches them; a free-form message is refused (131047)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recorded request was not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sender</name>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider answered with a redirect (HTTP %1); it was not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the request (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed after the request was sent, and Qt began sending it again; that second copy was stopped. The provider may have received the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after the request was sent; the provider may have received it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer within %1 s; the provider may have received the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the provider may have received the message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next or previous field: Provider, Account, Message, From, To, the form from the top, Send, then the previews and the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press the button in focus (letters typed on a button do nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose in a list or a combo box; move between history rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Signatures</name>
    <message>
        <source>the signature library could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature is not 64 bytes of base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Ed25519 signature does not match the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public key is not 32 bytes of base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whitespace was added around it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a final newline was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was indented or spaced out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-ASCII characters written as \u escapes were written out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was re-serialised: spacing changed and \u escapes written out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;\/&quot; escapes were written as &quot;/&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was re-serialised: spacing changed and &quot;\/&quot; written as &quot;/&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was re-serialised: \u and &quot;\/&quot; escapes written out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateStyle</name>
    <message>
        <source>Sending: on record, the request is on its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by the provider; no status yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered to the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read by the recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Played by the recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed after it was accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the provider, or not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: the request may have reached the provider, and there was no answer. It is not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>played</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusRefresh</name>
    <message>
        <source>The status could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status could not be read: HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status could not be read: HTTP %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered without a status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says: %2, but the history could not store it: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>The previous one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Telnyx</name>
    <message>
        <source>%1 is %2 bytes in UTF-8 (%3 characters); Telnyx&apos;s limit is %4 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has no whatsapp_message; it is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whatsapp_message must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender (&quot;from&quot;) is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient (&quot;to&quot;) is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is outside Telnyx&apos;s range of -%3 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx&apos;s documents do not mention %1 in templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx needs the sender&apos;s WhatsApp number (&quot;from&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the telnyx-signature-ed25519 or telnyx-timestamp header is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>telnyx-timestamp is not a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature is %1 s from now; at most 300 s are accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Ed25519 signature does not match the body under the public key: it was signed with another key, or the body was changed after signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body was changed after it was signed (%1): the signature is checked over the bytes exactly as Telnyx sent them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (reason: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TelnyxTemplates</name>
    <message>
        <source>The account has no WhatsApp Business Account id: Telnyx keeps templates per WhatsApp Business Account (add it in the account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1, and no errors in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1, Telnyx error %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx deletes one template by its id: pull the account&apos;s templates, then delete the one of its language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Choose a template on the left, or start one with New.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the definition as it was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateFile</name>
    <message>
        <source>%1: a template definition is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a template definition: a JSON object with name, language, category and components, an array of them, or {&quot;data&quot;: [...]} as Meta lists them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateLint</name>
    <message>
        <source>%1 is %2 characters; Meta takes at most %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a variable: write {{1}}, {{2}}, ... or, with named parameters, {{a_name}} in lowercase letters, digits and underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s) at most here</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{{%1}} is positional, but parameter_format is NAMED: name it, as {{first_name}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} is named, but parameter_format is POSITIONAL (the default): number it, or set parameter_format to NAMED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variables are numbered from {{1}} up without a gap: {{%1}} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text cannot start or end with a variable: Meta refuses it (write words before and after it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No {{%1}} in the text for this example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example of {{%1}} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} needs an example in %2 (Meta reviews the template with it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s) in the text, so %n example(s) in %1 (Meta reviews the template with them); there are %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A text header needs its text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header shows *, _, ~ and ` as they are: no formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header is one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An authentication template&apos;s text is Meta&apos;s own (&quot;123456 is your verification code.&quot;): leave text out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add_security_recommendation is true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body needs its text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An authentication template&apos;s footer is Meta&apos;s own (&quot;This code expires in 10 minutes.&quot;): give code_expiration_minutes, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code_expiration_minutes is a whole number of minutes from 1 to 90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A footer needs its text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A footer takes no variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header needs its format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header format: TEXT, IMAGE, VIDEO, GIF, DOCUMENT or LOCATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card&apos;s header is an IMAGE or a VIDEO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A location header is for UTILITY and MARKETING templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GIF header is for MARKETING templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 header needs an example: {&quot;header_handle&quot;: [&quot;4::...&quot;]}, the handle of a file uploaded with Meta&apos;s Resumable Upload API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template&apos;s name is lowercase letters, digits and underscores only, as order_update_2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs its language, as en_US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs its category: MARKETING, UTILITY or AUTHENTICATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category: MARKETING, UTILITY or AUTHENTICATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter_format is POSITIONAL or NAMED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs its components, a body at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A component needs its type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a component: HEADER, BODY, FOOTER, BUTTONS, LIMITED_TIME_OFFER or CAROUSEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template has one %1 component; the first is components/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An authentication template has no header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A limited-time offer template has no footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs a BODY component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An authentication template needs a BUTTONS component with its OTP button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A carousel template is a MARKETING template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A button needs its label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A URL button needs its url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL starts with https:// or http://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A URL takes one variable, at its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a variable: a URL&apos;s is {{1}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A URL&apos;s variable is {{1}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A URL&apos;s variable is at its end, as https://example.com/track/{{1}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A URL with a variable needs an example: &quot;example&quot;: [&quot;https://example.com/track/A1B2&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OTP button is for AUTHENTICATION templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>otp_type is COPY_CODE, ONE_TAP or ZERO_TAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autofill label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 button needs supported_apps: your Android app&apos;s package_name and signature_hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 5 supported apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package name is two or more parts joined by dots, each from a letter, of letters, digits and underscores, at most 224 characters, as com.example.shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signing key hash is exactly 11 characters of letters, digits, +, / and =, as K8a/AINcGX7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ZERO_TAP button needs &quot;zero_tap_terms_accepted&quot;: true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A BUTTONS component needs its buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 buttons; at most %2 here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A button needs its type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a button type: QUICK_REPLY, URL, PHONE_NUMBER, COPY_CODE, OTP, FLOW, MPM, CATALOG, SPM, VOICE_CALL or APP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card&apos;s buttons are QUICK_REPLY, URL or PHONE_NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An authentication template&apos;s button is its OTP button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number button needs its phone_number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy code button needs an example code, as SAVE25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 buttons; a template has at most %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick replies come together, before or after the other buttons (Quick reply, Quick reply, URL; not Quick reply, URL, Quick reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A limited-time offer is for MARKETING templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer needs its text, as Expiring offer!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has_expiration is true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A limited-time offer&apos;s header is an IMAGE or a VIDEO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A carousel has 2 to 10 cards; this one has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every card has the same parts as the first (%1); this one has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card&apos;s body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card has a HEADER, a BODY and BUTTONS, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card needs its HEADER, an image or a video</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateMatch</name>
    <message numerus="yes">
        <source>The template&apos;s %1 has %n variable(s): add a %1 component with its parameters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The template&apos;s %1 takes %n parameter(s); this send gives %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The template&apos;s %1 takes %2 parameters, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s parameters are named: give this one its parameter_name (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s %1 has no {{%2}}; it has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s parameters are positional: leave parameter_name out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has no header to give parameters to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s header is fixed text: it takes no parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s header is %1: give it in a header component, {&quot;type&quot;: &quot;%2&quot;, &quot;%2&quot;: {...}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s header is %1, so its parameter is %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header takes one parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The template has no button at index %1 (it has %n button(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Button %1 of the template is %2: a send gives it nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button %1 of the template is %2: its sub_type is %3, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button %1 of the template (%2) takes the send&apos;s value: add {&quot;type&quot;: &quot;button&quot;, &quot;sub_type&quot;: &quot;%3&quot;, &quot;index&quot;: &quot;%1&quot;, &quot;parameters&quot;: [...]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has no limited-time offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s offer expires: add a limited_time_offer component with its expiration_time_ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has no carousel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The template is a carousel of %n card(s): add its carousel component</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The template has %n card(s); this send gives %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The template %1 is not in %2; it is in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1 is paused (its quality is low): Meta refuses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1 is disabled: Meta refuses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1 is %2, not approved: Meta refuses it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateSync</name>
    <message>
        <source>No answer in %1 s: nothing was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages do not end (page %1 names one already read): nothing was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in %1 s: the provider may have created it; not sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the provider may have created it; not sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it may have been deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateUse</name>
    <message>
        <source>%1The code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1{{%2}} in the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1{{%2}} in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1The header&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the offer ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1The code (button %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1End of button %2&apos;s URL (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1The code button %2 copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1The products of button %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesModel</name>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As %1 last said it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on this computer only; not sent to a provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesWindow</name>
    <message>
        <source>Templates — Wabench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates[*] — Wabench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names and texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a message from this template: a field for each value it takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the templates of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted: the template has errors (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs a name and a language to be kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) kept in the local library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello {{1}}, your order is on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 (%2) from the local library?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates yet. Start one with New, import a file, or pull an account&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template definitions (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) imported into the local library</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template definitions (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pull from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bmit to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 (%2) at %3? A deleted template&apos;s name cannot be used again for 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriggerDialog</name>
    <message>
        <source>Trigger a Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Failure code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wabench&apos;s receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your handler at a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the key %1&apos;s callbacks are signed with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new id (matches nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message it answers, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the customer wrote or chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the receiver is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered %1 in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriggerKeys</name>
    <message>
        <source>signed with your %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed with Wabench&apos;s test key for %1; its public key, for your handler to trust: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the test key could not be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned: set your %1 in Preferences to sign it as %2 does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned: %1 does not sign its callbacks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnmatchedDialog</name>
    <message>
        <source>Unmatched Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every status callback received so far matched a message in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These status callbacks named a message the history does not have: sent from elsewhere, or before this history began. They are kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Urls</name>
    <message>
        <source>no URL given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no scheme: write http:// or https:// in front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only http and https URLs are posted to, not %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user name or password in a URL is a credential in plain sight; give the handler another way to check its callers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>The message is empty; choose a message kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no type; it must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message type &quot;%1&quot; is unknown; it must be one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interactive message needs an &quot;interactive&quot; object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactive type &quot;%1&quot; is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interactive message has no type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; it must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient %1 is listed twice; it would get the message twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message type is empty; it must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interactive type is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient %1 is a business-scoped user id; this provider takes phone numbers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient %1 is a business-scoped user id, and this reads as an authentication template (the same code in its body and its button): Meta sends authentication templates to phone numbers only (error 131062)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookForwarder</name>
    <message>
        <source>not forwarded: Wabench stopped first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not forwarded: %1 callbacks were already waiting for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed after the callback was sent; it was not sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookReceiver</name>
    <message>
        <source>this signature was already used: a replayed callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing here; callbacks go to /webhooks/&lt;provider&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no provider &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callbacks are POSTed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a callback of any provider Wabench knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history could not store this callback (%1); send it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a callback %1 sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history could not store the replay (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this desktop is on a team workspace, whose own receiver takes %1&apos;s callbacks; this one takes its Sandbox&apos;s alone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookWriter</name>
    <message>
        <source>no history is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history could not store this callback (%1); send it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhooksModel</name>
    <message>
        <source>customer&apos;s %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (replay of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhooksWindow</name>
    <message>
        <source>Webhooks — Wabench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 replayed as request %2: %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path, e.g. /webhooks/meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search bodies, paths and reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the requests of every message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it into Wabench&apos;s receiver again: applied on purpose past the duplicate and replay checks, and recorded as a replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay &amp;To…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it to your own handler, with its headers or signed anew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tri&amp;gger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a realistic callback of any provider: a status, a failure, a customer&apos;s reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Meta&apos;s &amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the receiver for Meta&apos;s verification handshake, as Meta does when you set the callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message #%1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to see it whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; · %3 · answered %4 · %5 from %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer&apos;s %1 from %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show message #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A replay of &lt;a href=&quot;request:%1&quot;&gt;request %1&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded to %1: answered %2 in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kept request matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No callbacks yet. They appear here as they arrive at %1/webhooks/&lt;provider&gt;.
Trigger… sends one of any provider&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No callbacks yet, and the receiver is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying request %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://127.0.0.1:3000/webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign it anew with your %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed as it came (only %1 can sign its callbacks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending request %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 to %2: no answer: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 to %2: answered %3 in %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver is not running: nothing to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta&apos;s check would be refused: no verify token is set (Preferences, Webhooks receiver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta&apos;s check passes: the receiver answered 200 with the challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta&apos;s check got no answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta&apos;s check fails: the receiver answered %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Wabench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Wabench&lt;/h2&gt;&lt;p&gt;Wabench builds WhatsApp Business messages in a form, shows the exact request each provider gets as you type, sends it, and follows each message until it is read.&lt;/p&gt;&lt;p&gt;&lt;b&gt;The Sandbox&lt;/b&gt; is a provider that runs on this computer. It answers like Exotel, Kaleyra, Telnyx or Meta would and sends the status callbacks they send, with no account and no internet. Nothing sent to it reaches a phone. The recipient&apos;s last three digits choose what happens: most are delivered and read, …901 fails, …920 answers slowly (Help ▸ The Sandbox lists them all).&lt;/p&gt;&lt;p&gt;Open the example, press &lt;b&gt;Send&lt;/b&gt;, and watch its status change in the history below. Your own provider accounts go under Message ▸ Accounts.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;Empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>The history (%1) cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A callback was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wrote: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the %1 is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 account to ask with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports statuses only by callback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a provider first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another upload or download is under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 account to upload with: add one in Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not uploaded: the %2 is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 account to fetch it with: add one in Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the %1 is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An upload is waiting for its account&apos;s secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A send is waiting for its account&apos;s secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The templates were read but not kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) of %1 kept</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The templates were not read: the %1 is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), not kept: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was created: the %1 is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted: the %1 is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A send or an upload is waiting for its account&apos;s secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A send is already under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 account to send with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: the %1 is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team workspace %1 is being reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team workspace %1 is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new to copy from %1: everything in it is here already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers&apos; messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 webhook requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy is under way already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no history there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the history in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team workspace did not keep the retention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old messages were not removed yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team workspace %1 cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
