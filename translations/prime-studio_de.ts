<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>prime::ui::AreaLatencyPlot</name>
    <message>
        <location filename="../ui/area_latency_plot.cpp" line="77"/>
        <source>Infeasible</source>
        <translation>Nicht machbar</translation>
    </message>
    <message>
        <location filename="../ui/area_latency_plot.cpp" line="80"/>
        <location filename="../ui/area_latency_plot.cpp" line="388"/>
        <source>Area (mm²)</source>
        <translation>Fläche (mm²)</translation>
    </message>
    <message>
        <location filename="../ui/area_latency_plot.cpp" line="114"/>
        <source>Infeasible designs have no latency: placed by area only, one row per reason</source>
        <translation>Nicht machbare Entwürfe haben keine Latenz: nur nach Fläche platziert, eine Zeile je Grund</translation>
    </message>
    <message>
        <location filename="../ui/area_latency_plot.cpp" line="121"/>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location filename="../ui/area_latency_plot.cpp" line="166"/>
        <source>Area budget (drag the line)</source>
        <translation>Flächenbudget (Linie ziehen)</translation>
    </message>
    <message>
        <location filename="../ui/area_latency_plot.cpp" line="169"/>
        <source>Best in budget</source>
        <translation>Bester im Budget</translation>
    </message>
    <message>
        <location filename="../ui/area_latency_plot.cpp" line="332"/>
        <source>unknown reason</source>
        <translation>unbekannter Grund</translation>
    </message>
    <message>
        <location filename="../ui/area_latency_plot.cpp" line="334"/>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <location filename="../ui/area_latency_plot.cpp" line="388"/>
        <source>Area (mm², log scale)</source>
        <translation>Fläche (mm², log. Skala)</translation>
    </message>
    <message>
        <location filename="../ui/area_latency_plot.cpp" line="463"/>
        <source>In view: %L1 feasible, %L2 infeasible</source>
        <translation>Im Bild: %L1 machbar, %L2 nicht machbar</translation>
    </message>
    <message>
        <location filename="../ui/area_latency_plot.cpp" line="515"/>
        <source>best in budget: %1 ms at %2 mm²</source>
        <translation>bester im Budget: %1 ms bei %2 mm²</translation>
    </message>
    <message>
        <location filename="../ui/area_latency_plot.cpp" line="528"/>
        <source>%1 mm² · %L2 feasible in, %L3 over</source>
        <translation>%1 mm² · %L2 machbar darin, %L3 darüber</translation>
    </message>
    <message>
        <location filename="../ui/area_latency_plot.cpp" line="532"/>
        <source>%1 mm²</source>
        <translation>%1 mm²</translation>
    </message>
    <message>
        <location filename="../ui/area_latency_plot.cpp" line="60"/>
        <source>Latency (ms, log scale)</source>
        <translation>Latenz (ms, logarithmisch)</translation>
    </message>
    <message>
        <location filename="../ui/area_latency_plot.cpp" line="321"/>
        <source>Pareto front</source>
        <translation>Pareto-Front</translation>
    </message>
</context>
<context>
    <name>prime::ui::BudgetController</name>
    <message>
        <location filename="../ui/budget_controller.cpp" line="22"/>
        <source>Area budget %1 mm²</source>
        <translation>Flächenbudget %1 mm²</translation>
    </message>
    <message>
        <location filename="../ui/budget_controller.cpp" line="23"/>
        <source>No area budget</source>
        <translation>Kein Flächenbudget</translation>
    </message>
</context>
<context>
    <name>prime::ui::BudgetPanel</name>
    <message>
        <location filename="../ui/budget_panel.cpp" line="37"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location filename="../ui/budget_panel.cpp" line="37"/>
        <source>Best (ms)</source>
        <translation>Beste (ms)</translation>
    </message>
    <message>
        <location filename="../ui/budget_panel.cpp" line="37"/>
        <source>mm²</source>
        <translation>mm²</translation>
    </message>
    <message>
        <location filename="../ui/budget_panel.cpp" line="37"/>
        <source>In budget</source>
        <translation>Im Budget</translation>
    </message>
    <message>
        <location filename="../ui/budget_panel.cpp" line="38"/>
        <source>Latency of the best feasible logged design within the budget</source>
        <translation>Latenz des besten machbaren protokollierten Entwurfs im Budget</translation>
    </message>
    <message>
        <location filename="../ui/budget_panel.cpp" line="39"/>
        <source>Feasible designs within the budget; the tooltip of each row has those over it and the Pareto front</source>
        <translation>Machbare Entwürfe im Budget; der Tooltip jeder Zeile nennt die darüber und die Pareto-Front</translation>
    </message>
    <message>
        <location filename="../ui/budget_panel.cpp" line="60"/>
        <source>Area budget (mm²)</source>
        <translation>Flächenbudget (mm²)</translation>
    </message>
    <message>
        <location filename="../ui/budget_panel.cpp" line="61"/>
        <source>Best latency (ms)</source>
        <translation>Beste Latenz (ms)</translation>
    </message>
    <message>
        <location filename="../ui/budget_panel.cpp" line="67"/>
        <source>Best logged latency achievable within each budget. Click to move the budget.</source>
        <translation>Beste protokollierte Latenz, die mit jedem Budget erreichbar ist. Klicken verschiebt das Budget.</translation>
    </message>
    <message>
        <location filename="../ui/budget_panel.cpp" line="135"/>
        <source>Open a log to see what the area budget buys.</source>
        <translation>Öffnen Sie ein Protokoll, um zu sehen, was das Flächenbudget bringt.</translation>
    </message>
    <message>
        <location filename="../ui/budget_panel.cpp" line="139"/>
        <source>Computing Pareto fronts…</source>
        <translation>Pareto-Fronten werden berechnet…</translation>
    </message>
    <message>
        <location filename="../ui/budget_panel.cpp" line="157"/>
        <source>%L1 feasible designs within the budget, %L2 over it; %3 of %4 Pareto-front points within it</source>
        <translation>%L1 machbare Entwürfe im Budget, %L2 darüber; %3 von %4 Punkten der Pareto-Front darin</translation>
    </message>
    <message>
        <location filename="../ui/budget_panel.cpp" line="165"/>
        <source>Budget %1 mm²: %L2 feasible designs within, %L3 over.</source>
        <translation>Budget %1 mm²: %L2 machbare Entwürfe darin, %L3 darüber.</translation>
    </message>
    <message>
        <location filename="../ui/budget_panel.cpp" line="169"/>
        <source>No area budget: every feasible design counts (%L1).</source>
        <translation>Kein Flächenbudget: jeder machbare Entwurf zählt (%L1).</translation>
    </message>
</context>
<context>
    <name>prime::ui::ColumnMappingDialog</name>
    <message>
        <location filename="../ui/column_mapping_dialog.cpp" line="29"/>
        <source>ignore</source>
        <translation>ignorieren</translation>
    </message>
    <message>
        <location filename="../ui/column_mapping_dialog.cpp" line="30"/>
        <source>parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/column_mapping_dialog.cpp" line="31"/>
        <source>latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <location filename="../ui/column_mapping_dialog.cpp" line="32"/>
        <source>area (mm²)</source>
        <translation>Fläche (mm²)</translation>
    </message>
    <message>
        <location filename="../ui/column_mapping_dialog.cpp" line="33"/>
        <source>feasible (1 = yes)</source>
        <translation>machbar (1 = ja)</translation>
    </message>
    <message>
        <location filename="../ui/column_mapping_dialog.cpp" line="34"/>
        <source>infeasible (1 = yes)</source>
        <translation>nicht machbar (1 = ja)</translation>
    </message>
    <message>
        <location filename="../ui/column_mapping_dialog.cpp" line="35"/>
        <source>application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location filename="../ui/column_mapping_dialog.cpp" line="36"/>
        <source>infeasibility reason</source>
        <translation>Grund der Nichtmachbarkeit</translation>
    </message>
    <message>
        <location filename="../ui/column_mapping_dialog.cpp" line="37"/>
        <source>other metric</source>
        <translation>andere Kennzahl</translation>
    </message>
    <message>
        <location filename="../ui/column_mapping_dialog.cpp" line="80"/>
        <source>Column mapping — %1</source>
        <translation>Spaltenzuordnung — %1</translation>
    </message>
    <message>
        <location filename="../ui/column_mapping_dialog.cpp" line="82"/>
        <source>Choose what each column holds. A log needs parameter columns, a latency, an area, and a feasible or infeasible flag. Your choice is remembered for these column names.</source>
        <translation>Wählen Sie, was jede Spalte enthält. Ein Protokoll braucht Parameterspalten, eine Latenz, eine Fläche und ein Machbar- oder Nicht-machbar-Kennzeichen. Ihre Wahl wird für diese Spaltennamen gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/column_mapping_dialog.cpp" line="106"/>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../ui/column_mapping_dialog.cpp" line="132"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/column_mapping_dialog.cpp" line="157"/>
        <source>The mapping is complete.</source>
        <translation>Die Zuordnung ist vollständig.</translation>
    </message>
</context>
<context>
    <name>prime::ui::DesignTableModel</name>
    <message>
        <location filename="../ui/design_table_model.cpp" line="66"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/design_table_model.cpp" line="66"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/design_table_model.cpp" line="70"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/design_table_model.cpp" line="98"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../ui/design_table_model.cpp" line="99"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location filename="../ui/design_table_model.cpp" line="100"/>
        <source>Feasible</source>
        <translation>Machbar</translation>
    </message>
    <message>
        <location filename="../ui/design_table_model.cpp" line="101"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/design_table_model.cpp" line="102"/>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <location filename="../ui/design_table_model.cpp" line="103"/>
        <source>Area (mm²)</source>
        <translation>Fläche (mm²)</translation>
    </message>
</context>
<context>
    <name>prime::ui::DesignTableView</name>
    <message>
        <location filename="../ui/design_table_view.cpp" line="39"/>
        <source>All designs</source>
        <translation>Alle Entwürfe</translation>
    </message>
    <message>
        <location filename="../ui/design_table_view.cpp" line="40"/>
        <source>Feasible</source>
        <translation>Machbar</translation>
    </message>
    <message>
        <location filename="../ui/design_table_view.cpp" line="41"/>
        <source>Infeasible</source>
        <translation>Nicht machbar</translation>
    </message>
    <message>
        <location filename="../ui/design_table_view.cpp" line="42"/>
        <source>Within budget</source>
        <translation>Im Budget</translation>
    </message>
    <message>
        <location filename="../ui/design_table_view.cpp" line="44"/>
        <source>Plot selection only</source>
        <translation>Nur Auswahl im Diagramm</translation>
    </message>
    <message>
        <location filename="../ui/design_table_view.cpp" line="68"/>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <location filename="../ui/design_table_view.cpp" line="70"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/design_table_view.cpp" line="75"/>
        <source>page </source>
        <translation>Seite </translation>
    </message>
    <message>
        <location filename="../ui/design_table_view.cpp" line="76"/>
        <source>The table shows %L1 rows at a time; sort or filter to bring designs to the first page</source>
        <translation>Die Tabelle zeigt %L1 Zeilen auf einmal; sortieren oder filtern Sie, um Entwürfe auf die erste Seite zu bringen</translation>
    </message>
    <message>
        <location filename="../ui/design_table_view.cpp" line="136"/>
        <source>Any parameter values</source>
        <translation>Beliebige Parameterwerte</translation>
    </message>
    <message>
        <location filename="../ui/design_table_view.cpp" line="200"/>
        <location filename="../ui/design_table_view.cpp" line="210"/>
        <source>Filtering…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <location filename="../ui/design_table_view.cpp" line="231"/>
        <source>%L1 of %L2 designs</source>
        <translation>%L1 von %L2 Entwürfen</translation>
    </message>
    <message>
        <location filename="../ui/design_table_view.cpp" line="248"/>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
</context>
<context>
    <name>prime::ui::ExplorerState</name>
    <message>
        <location filename="../ui/explorer_state.cpp" line="44"/>
        <source>All applications</source>
        <translation>Alle Anwendungen</translation>
    </message>
    <message>
        <location filename="../ui/explorer_state.cpp" line="57"/>
        <source>Design %L1</source>
        <translation>Entwurf %L1</translation>
    </message>
    <message>
        <location filename="../ui/explorer_state.cpp" line="60"/>
        <source>Latency: %1 ms</source>
        <translation>Latenz: %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/explorer_state.cpp" line="62"/>
        <source>unknown reason</source>
        <translation>unbekannter Grund</translation>
    </message>
    <message>
        <location filename="../ui/explorer_state.cpp" line="65"/>
        <source>Infeasible: %1</source>
        <translation>Nicht machbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/explorer_state.cpp" line="67"/>
        <source>Area: %1 mm²</source>
        <translation>Fläche: %1 mm²</translation>
    </message>
</context>
<context>
    <name>prime::ui::FeasibilityView</name>
    <message>
        <location filename="../ui/feasibility_view.cpp" line="61"/>
        <location filename="../ui/feasibility_view.cpp" line="245"/>
        <source>Feasible fraction</source>
        <translation>Machbarer Anteil</translation>
    </message>
    <message>
        <location filename="../ui/feasibility_view.cpp" line="62"/>
        <source>Best latency within budget</source>
        <translation>Beste Latenz im Budget</translation>
    </message>
    <message>
        <location filename="../ui/feasibility_view.cpp" line="63"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../ui/feasibility_view.cpp" line="65"/>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <location filename="../ui/feasibility_view.cpp" line="85"/>
        <source>Click a cell to select its designs</source>
        <translation>Klicken Sie auf eine Zelle, um ihre Entwürfe auszuwählen</translation>
    </message>
    <message>
        <location filename="../ui/feasibility_view.cpp" line="235"/>
        <source>Best latency within %1 (ms)</source>
        <translation>Beste Latenz innerhalb %1 (ms)</translation>
    </message>
    <message>
        <location filename="../ui/feasibility_view.cpp" line="236"/>
        <source>%1 mm²</source>
        <translation>%1 mm²</translation>
    </message>
    <message>
        <location filename="../ui/feasibility_view.cpp" line="237"/>
        <source>no budget</source>
        <translation>kein Budget</translation>
    </message>
    <message>
        <location filename="../ui/feasibility_view.cpp" line="274"/>
        <location filename="../ui/feasibility_view.cpp" line="316"/>
        <source>feasible</source>
        <translation>machbar</translation>
    </message>
    <message>
        <location filename="../ui/feasibility_view.cpp" line="279"/>
        <location filename="../ui/feasibility_view.cpp" line="319"/>
        <source>infeasible, reason unknown</source>
        <translation>nicht machbar, Grund unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/feasibility_view.cpp" line="322"/>
        <source>designs</source>
        <translation>Entwürfe</translation>
    </message>
</context>
<context>
    <name>prime::ui::LogLoader</name>
    <message>
        <location filename="../ui/log_loader.cpp" line="47"/>
        <source>Generating the demo log with the built-in simulator (first start only)…</source>
        <translation>Das Demo-Protokoll wird mit dem eingebauten Simulator erzeugt (nur beim ersten Start)…</translation>
    </message>
</context>
<context>
    <name>prime::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="429"/>
        <source>%1 applications</source>
        <translation>%1 Anwendungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="430"/>
        <source>%1: %L2 designs, %3, %4% feasible, space %5</source>
        <translation>%1: %L2 Entwürfe, %3, %4 % machbar, Suchraum %5</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="243"/>
        <source>&amp;About PRIME Studio</source>
        <translation>&amp;Über PRIME Studio</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="215"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="242"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="216"/>
        <source>&amp;Open Log…</source>
        <translation>Protokoll ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="224"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="222"/>
        <source>&amp;Save Plot…</source>
        <translation>Diagramm &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="429"/>
        <source>1 application</source>
        <translation>1 Anwendung</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="244"/>
        <source>About PRIME Studio</source>
        <translation>Über PRIME Studio</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="75"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="443"/>
        <source>Could not load the log</source>
        <translation>Das Protokoll konnte nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="440"/>
        <source>Could not load the log.</source>
        <translation>Das Protokoll konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="298"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="289"/>
        <source>Design logs (*.csv *.tsv *.tfrecord *.tfrecords *.primelog);;All files (*)</source>
        <translation>Entwurfsprotokolle (*.csv *.tsv *.tfrecord *.tfrecords *.primelog);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="306"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="448"/>
        <source>Loading cancelled; nothing was changed.</source>
        <translation>Laden abgebrochen; nichts wurde verändert.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="65"/>
        <source>No log loaded. File ▸ Open Log… reads CSV, TFRecord or snapshot files.</source>
        <translation>Kein Protokoll geladen. Datei ▸ Protokoll öffnen… liest CSV-, TFRecord- und Snapshot-Dateien.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="127"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="135"/>
        <source>Surrogate</source>
        <translation>Surrogat</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="139"/>
        <source>Designs</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="141"/>
        <source>Feasibility map</source>
        <translation>Machbarkeitskarte</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="149"/>
        <source>Explorer</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="151"/>
        <source>Application </source>
        <translation>Anwendung </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="158"/>
        <source>One application, or all with a colour and a Pareto front each</source>
        <translation>Eine Anwendung, oder alle mit je einer Farbe und Pareto-Front</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="159"/>
        <location filename="../ui/main_window.cpp" line="197"/>
        <source>All applications</source>
        <translation>Alle Anwendungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="165"/>
        <source>Area budget </source>
        <translation>Flächenbudget </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="171"/>
        <source> mm²</source>
        <translation> mm²</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="172"/>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="174"/>
        <source>Area budget for the whole app; drag the red line in the plot, or 0 for none</source>
        <translation>Flächenbudget für die ganze Anwendung; ziehen Sie die rote Linie im Diagramm, oder 0 für keins</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="183"/>
        <source>Log area axis</source>
        <translation>Log. Flächenachse</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="191"/>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="192"/>
        <source>Show every design again (Home, or double-click the plot)</source>
        <translation>Wieder alle Entwürfe zeigen (Pos1 oder Doppelklick ins Diagramm)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="217"/>
        <source>Open CSV with Column &amp;Mapping…</source>
        <translation>CSV mit Spalten&amp;zuordnung öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="218"/>
        <source>Open CSV design logs</source>
        <translation>CSV-Entwurfsprotokolle öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="219"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="226"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="227"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="229"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="234"/>
        <source>Clear &amp;Selection</source>
        <translation>&amp;Auswahl aufheben</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="236"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="237"/>
        <source>Reset &amp;Zoom</source>
        <translation>&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="288"/>
        <source>Open design logs</source>
        <translation>Entwurfsprotokolle öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="295"/>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="324"/>
        <source>Opening %1 cancelled.</source>
        <translation>Öffnen von %1 abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="346"/>
        <source>Loading %1 with its column mapping…</source>
        <translation>%1 wird mit seiner Spaltenzuordnung geladen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="381"/>
        <source>Loading the demo log…</source>
        <translation>Das Demo-Protokoll wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="398"/>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="400"/>
        <source>%1: %L2 designs, preparing the view…</source>
        <translation>%1: %L2 Entwürfe, die Ansicht wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="401"/>
        <source>PRIME Studio — %1</source>
        <translation>PRIME Studio — %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="49"/>
        <source>PRIME Studio</source>
        <translation>PRIME Studio</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="294"/>
        <location filename="../ui/main_window.cpp" line="298"/>
        <source>Save plot</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="245"/>
        <source>&lt;b&gt;PRIME Studio %1&lt;/b&gt;&lt;p&gt;Data-driven design of hardware accelerators with conservative surrogates (PRIME, Kumar et al., ICLR 2022).&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;b&gt;PRIME Studio %1&lt;/b&gt;&lt;p&gt;Datengetriebener Entwurf von Hardware-Beschleunigern mit konservativen Surrogatmodellen (PRIME, Kumar et al., ICLR 2022).&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>prime::ui::TrainingPanel</name>
    <message>
        <location filename="../ui/training_panel.cpp" line="42"/>
        <source>MLP 256-256 (fast, default)</source>
        <translation>MLP 256-256 (schnell, Standard)</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="43"/>
        <source>PRIME transformer (paper)</source>
        <translation>PRIME-Transformer (Paper)</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="53"/>
        <source> mm²</source>
        <translation> mm²</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="54"/>
        <source>no budget</source>
        <translation>kein Budget</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="56"/>
        <source>Weight of the push-down on infeasible and over-budget designs</source>
        <translation>Gewicht des Herabdrückens nicht machbarer und budgetüberschreitender Entwürfe</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="58"/>
        <source>Weight of the push-down on designs an optimizer finds under the current model</source>
        <translation>Gewicht des Herabdrückens von Entwürfen, die ein Optimierer unter dem aktuellen Modell findet</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="59"/>
        <source>Naive baseline (plain regression, α = β = 0)</source>
        <translation>Naive Basislinie (reine Regression, α = β = 0)</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="66"/>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="67"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="68"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="69"/>
        <source>Area budget</source>
        <translation>Flächenbudget</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="70"/>
        <source>α (infeasible)</source>
        <translation>α (nicht machbar)</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="71"/>
        <source>β (negatives)</source>
        <translation>β (Negative)</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="74"/>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="76"/>
        <location filename="../ui/training_panel.cpp" line="156"/>
        <location filename="../ui/training_panel.cpp" line="188"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="78"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="80"/>
        <source>Save Model…</source>
        <translation>Modell speichern…</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="89"/>
        <source>Load a log, then train a surrogate on it.</source>
        <translation>Laden Sie ein Protokoll und trainieren Sie dann ein Surrogat darauf.</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="99"/>
        <source>held-out Spearman</source>
        <translation>Spearman (zurückgehalten)</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="102"/>
        <source>training step</source>
        <translation>Trainingsschritt</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="103"/>
        <source>held-out Spearman ρ</source>
        <translation>Spearman-ρ (zurückgehalten)</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="136"/>
        <source>All %1 applications (contextual model)</source>
        <translation>Alle %1 Anwendungen (kontextuelles Modell)</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="138"/>
        <source>Ready: press Train to fit a conservative surrogate to this log (held-out rank correlation is plotted as it learns).</source>
        <translation>Bereit: Trainieren passt ein konservatives Surrogat an dieses Protokoll an (die Rangkorrelation auf zurückgehaltenen Daten wird beim Lernen gezeichnet).</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="179"/>
        <source>Preparing the training data…</source>
        <translation>Die Trainingsdaten werden vorbereitet…</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="188"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="194"/>
        <source>Cancelling after the current step…</source>
        <translation>Abbruch nach dem aktuellen Schritt…</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="200"/>
        <source>Paused at step %1 of %2.</source>
        <translation>Angehalten bei Schritt %1 von %2.</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="201"/>
        <source>Step %1 of %2, %3 s.</source>
        <translation>Schritt %1 von %2, %3 s.</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="203"/>
        <source>Loss %1 = MSE %2 + α·infeasible %3 + β·negatives %4 (α %5, β %6)</source>
        <translation>Verlust %1 = MSE %2 + α·nicht machbar %3 + β·Negative %4 (α %5, β %6)</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="211"/>
        <source>Held-out Spearman %1 · mean prediction feasible %2, infeasible %3 (normalised units; conservative = infeasible well below feasible)</source>
        <translation>Spearman (zurückgehalten) %1 · mittlere Vorhersage machbar %2, nicht machbar %3 (normierte Einheiten; konservativ = nicht machbar deutlich unter machbar)</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="221"/>
        <source>Cancelled after %1 steps (%2 s).</source>
        <translation>Abgebrochen nach %1 Schritten (%2 s).</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="221"/>
        <source>Trained %1 steps in %2 s.</source>
        <translation>%1 Schritte in %2 s trainiert.</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="225"/>
        <source>Kept the checkpoint of step %1: held-out Spearman %2.</source>
        <translation>Checkpoint von Schritt %1 behalten: Spearman (zurückgehalten) %2.</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="231"/>
        <source>Training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="235"/>
        <source>Training failed</source>
        <translation>Training fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="240"/>
        <source>Save the surrogate into a folder</source>
        <translation>Das Surrogat in einen Ordner speichern</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="244"/>
        <source>Saved to %1 (weights.pt, surrogate.json).</source>
        <translation>Gespeichert in %1 (weights.pt, surrogate.json).</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="246"/>
        <source>Could not save the model</source>
        <translation>Das Modell konnte nicht gespeichert werden</translation>
    </message>
</context>
</TS>
