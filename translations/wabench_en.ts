<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CampaignReportView</name>
    <message numerus="yes">
        <source>%n row(s) on record: %1</source>
        <translation>
            <numerusform>%n row on record: %1</numerusform>
            <numerusform>%n rows on record: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignRun</name>
    <message numerus="yes">
        <source>%Ln row(s) refused for rate time after time are left queued: sending the campaign again under the same name sends them.</source>
        <translation>
            <numerusform>%Ln row refused for rate time after time is left queued: sending the campaign again under the same name sends it.</numerusform>
            <numerusform>%Ln rows refused for rate time after time are left queued: sending the campaign again under the same name sends them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>wabench send: %n message(s) did not reach &quot;%1&quot; within %2 s</source>
        <translation>
            <numerusform>wabench send: %n message did not reach &quot;%1&quot; within %2 s</numerusform>
            <numerusform>wabench send: %n messages did not reach &quot;%1&quot; within %2 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n template definition(s).</source>
        <translation>
            <numerusform>Kept %n template definition.</numerusform>
            <numerusform>Kept %n template definitions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more row(s) with findings</source>
        <translation>
            <numerusform>%1: %n more row with findings</numerusform>
            <numerusform>%1: %n more rows with findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wabench send: nothing was sent: %n row(s) have errors (--skip-invalid sends the others)</source>
        <translation>
            <numerusform>wabench send: nothing was sent: %n row has errors (--skip-invalid sends the others)</numerusform>
            <numerusform>wabench send: nothing was sent: %n rows have errors (--skip-invalid sends the others)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationsWindow</name>
    <message numerus="yes">
        <source>%1
%2 · %n message(s)</source>
        <translation>
            <numerusform>%1
%2 · %n message</numerusform>
            <numerusform>%1
%2 · %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · %n message(s) · %2</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %n message · %2</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %n messages · %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message numerus="yes">
        <source>%n field(s) where the header has %1</source>
        <translation>
            <numerusform>%n field where the header has %1</numerusform>
            <numerusform>%n fields where the header has %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipientList</name>
    <message numerus="yes">
        <source>%1: the draft&apos;s %2 has no column of that name; the header names %3</source>
        <translation>
            <numerusform>%1: the draft&apos;s %2 has no column of that name; the header names %3</numerusform>
            <numerusform>%1: the draft&apos;s %2 have no columns of those names; the header names %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipientsEdit</name>
    <message numerus="yes">
        <source>…and %n more in the problems list</source>
        <translation>
            <numerusform>…and %n more in the problems list</numerusform>
            <numerusform>…and %n more in the problems list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: a customer&apos;s business-scoped user id, sent in Meta&apos;s recipient field</source>
        <translation>
            <numerusform>%1: a customer&apos;s business-scoped user id, sent in Meta&apos;s recipient field</numerusform>
            <numerusform>%1: customers&apos; business-scoped user ids, each sent in Meta&apos;s recipient field</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResponsePane</name>
    <message numerus="yes">
        <source> · %n message(s)</source>
        <translation>
            <numerusform> · %n message</numerusform>
            <numerusform> · %n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendFlow</name>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This message has %n warning(s):</source>
        <translation>
            <numerusform>This message has a warning:</numerusform>
            <numerusform>This message has %n warnings:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendListDialog</name>
    <message numerus="yes">
        <source>%n row(s) checked: </source>
        <translation>
            <numerusform>%n row checked: </numerusform>
            <numerusform>%n rows checked: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n with errors</numerusform>
            <numerusform>%n with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n repeat a recipient</source>
        <translation>
            <numerusform>; %n repeats a recipient</numerusform>
            <numerusform>; %n repeat a recipient</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed row(s) written to %1, with the error each met in the last column; rows whose fate is unknown are not among them.</source>
        <translation>
            <numerusform>%n failed row written to %1, with the error it met in the last column; rows whose fate is unknown are not among them.</numerusform>
            <numerusform>%n failed rows written to %1, with the error each met in the last column; rows whose fate is unknown are not among them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking was stopped after %Ln row(s): nothing is sent until every row is checked.</source>
        <translation>
            <numerusform>Checking was stopped after %Ln row: nothing is sent until every row is checked.</numerusform>
            <numerusform>Checking was stopped after %Ln rows: nothing is sent until every row is checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendPolicy</name>
    <message numerus="yes">
        <source>Fix the %n error(s) first</source>
        <translation>
            <numerusform>Fix the error first</numerusform>
            <numerusform>Fix the %n errors first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateLint</name>
    <message numerus="yes">
        <source>%n variable(s) at most here</source>
        <translation>
            <numerusform>%n variable at most here</numerusform>
            <numerusform>%n variables at most here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s) in the text, so %n example(s) in %1 (Meta reviews the template with them); there are %2</source>
        <translation>
            <numerusform>%n variable in the text, so %n example in %1 (Meta reviews the template with it); there are %2</numerusform>
            <numerusform>%n variables in the text, so %n examples in %1 (Meta reviews the template with them); there are %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateMatch</name>
    <message numerus="yes">
        <source>The template&apos;s %1 has %n variable(s): add a %1 component with its parameters</source>
        <translation>
            <numerusform>The template&apos;s %1 has %n variable: add a %1 component with its parameter</numerusform>
            <numerusform>The template&apos;s %1 has %n variables: add a %1 component with its parameters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The template&apos;s %1 takes %n parameter(s); this send gives %2</source>
        <translation>
            <numerusform>The template&apos;s %1 takes %n parameter; this send gives %2</numerusform>
            <numerusform>The template&apos;s %1 takes %n parameters; this send gives %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The template has no button at index %1 (it has %n button(s))</source>
        <translation>
            <numerusform>The template has no button at index %1 (it has %n button)</numerusform>
            <numerusform>The template has no button at index %1 (it has %n buttons)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The template is a carousel of %n card(s): add its carousel component</source>
        <translation>
            <numerusform>The template is a carousel of %n card: add its carousel component</numerusform>
            <numerusform>The template is a carousel of %n cards: add its carousel component</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The template has %n card(s); this send gives %1</source>
        <translation>
            <numerusform>The template has %n card; this send gives %1</numerusform>
            <numerusform>The template has %n cards; this send gives %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatesWindow</name>
    <message numerus="yes">
        <source>%n template(s) imported into the local library</source>
        <translation>
            <numerusform>%n template imported into the local library</numerusform>
            <numerusform>%n templates imported into the local library</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message numerus="yes">
        <source>%n template(s) of %1 kept</source>
        <translation>
            <numerusform>%n template of %1 kept</numerusform>
            <numerusform>%n templates of %1 kept</numerusform>
        </translation>
    </message>
</context>
</TS>
