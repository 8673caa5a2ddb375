<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DisplayText</name>
    <message numerus="yes">
        <location filename="../ui/displaytext.cpp" line="+296"/>
        <source>%1 (about %n week(s))</source>
        <translation>
            <numerusform>%1 (about %n week)</numerusform>
            <numerusform>%1 (about %n weeks)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Step %1 comes %n day(s) after the previous change; allow at least a week between changes.</source>
        <translation>
            <numerusform>Step %1 comes %n day after the previous change; allow at least a week between changes.</numerusform>
            <numerusform>Step %1 comes %n days after the previous change; allow at least a week between changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Kindling risk (%n earlier abrupt withdrawal(s)%1): advise a slower pace and never stop abruptly. The modelled pressure is raised accordingly.</source>
        <translation>
            <numerusform>Kindling risk (%n earlier abrupt withdrawal%1): advise a slower pace and never stop abruptly. The modelled pressure is raised accordingly.</numerusform>
            <numerusform>Kindling risk (%n earlier abrupt withdrawals%1): advise a slower pace and never stop abruptly. The modelled pressure is raised accordingly.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutActions</name>
    <message numerus="yes">
        <location filename="../ui/handoutactions.cpp" line="+49"/>
        <source>This plan has %n critical finding(s). Give it to the patient only if you accept them.</source>
        <translation>
            <numerusform>This plan has %n critical finding. Give it to the patient only if you accept it.</numerusform>
            <numerusform>This plan has %n critical findings. Give it to the patient only if you accept them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutRenderer</name>
    <message numerus="yes">
        <location filename="../ui/report/handoutrenderer.cpp" line="+50"/>
        <source>the plan has %n critical finding(s) that a prescriber must accept first: %1</source>
        <translation>
            <numerusform>the plan has %n critical finding that a prescriber must accept first: %1</numerusform>
            <numerusform>the plan has %n critical findings that a prescriber must accept first: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanEdits</name>
    <message numerus="yes">
        <location filename="../ui/planedits.cpp" line="+46"/>
        <source>there is no step %1 (the plan has %n step(s))</source>
        <translation>
            <numerusform>there is no step %1 (the plan has %n step)</numerusform>
            <numerusform>there is no step %1 (the plan has %n steps)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+266"/>
        <source>a step of %n day(s) is too short to split</source>
        <translation>
            <numerusform>a step of %n day is too short to split</numerusform>
            <numerusform>a step of %n days is too short to split</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lento::ui::CalculationsDialog</name>
    <message numerus="yes">
        <location filename="../ui/calculationsdialog.cpp" line="+92"/>
        <source>Held for %n day(s).</source>
        <translation>
            <numerusform>Held for %n day.</numerusform>
            <numerusform>Held for %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lento::ui::HistoryController</name>
    <message numerus="yes">
        <location filename="../ui/historycontroller.cpp" line="+399"/>
        <source>Slower from the dose taken: stay on the dose recorded at the visit, then taper the rest with a reduction every %n days.</source>
        <translation>
            <numerusform>Slower from the dose taken: stay on the dose recorded at the visit, then taper the rest with a reduction every %n day.</numerusform>
            <numerusform>Slower from the dose taken: stay on the dose recorded at the visit, then taper the rest with a reduction every %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lento::ui::PatientList</name>
    <message numerus="yes">
        <location filename="../ui/patientlist.cpp" line="+158"/>
        <source>Showing the first %n patients; type a name or identifier to narrow the list.</source>
        <translation>
            <numerusform>Showing the first %n patient; type a name or identifier to narrow the list.</numerusform>
            <numerusform>Showing the first %n patients; type a name or identifier to narrow the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lento::ui::PlanDocumentModel</name>
    <message numerus="yes">
        <location filename="../ui/plandocumentmodel.cpp" line="+103"/>
        <source>Insert a hold of %n day(s)</source>
        <translation>
            <numerusform>Insert a hold of %n day</numerusform>
            <numerusform>Insert a hold of %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lento::ui::StepsTableModel</name>
    <message numerus="yes">
        <location filename="../ui/stepstablemodel.cpp" line="+273"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
</TS>
