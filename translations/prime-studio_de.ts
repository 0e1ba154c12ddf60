<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ModelChoices</name>
    <message>
        <location filename="../ui/model_choices.cpp" line="10"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../ui/model_choices.cpp" line="11"/>
        <source>A Gaussian process for logs of at most 4,000 feasible designs per application, else the MLP</source>
        <translation>Ein Gauß-Prozess für Logs mit höchstens 4.000 machbaren Entwürfen je Anwendung, sonst das MLP</translation>
    </message>
    <message>
        <location filename="../ui/model_choices.cpp" line="13"/>
        <source>MLP 256-256 (fast)</source>
        <translation>MLP 256-256 (schnell)</translation>
    </message>
    <message>
        <location filename="../ui/model_choices.cpp" line="14"/>
        <source>PRIME transformer (paper)</source>
        <translation>PRIME-Transformer (Paper)</translation>
    </message>
    <message>
        <location filename="../ui/model_choices.cpp" line="15"/>
        <source>Gaussian process</source>
        <translation>Gauß-Prozess</translation>
    </message>
    <message>
        <location filename="../ui/model_choices.cpp" line="16"/>
        <source>For small logs: one fit of a few seconds, no training steps</source>
        <translation>Für kleine Logs: eine Anpassung von wenigen Sekunden, keine Trainingsschritte</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/plot_export.cpp" line="13"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/plot_export.cpp" line="61"/>
        <source>Unknown plot format &apos;%1&apos;: use .png, .svg or .pdf.</source>
        <translation>Unbekanntes Diagrammformat „%1“: .png, .svg oder .pdf verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/plot_export.cpp" line="64"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="50"/>
        <source>Data-driven design of hardware accelerators (PRIME).</source>
        <translation>Datengetriebener Entwurf von Hardwarebeschleunigern (PRIME).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="53"/>
        <source>Design logs to open (CSV, TFRecord, .primelog), or one study (.primestudy).</source>
        <translation>Zu öffnende Entwurfsprotokolle (CSV, TFRecord, .primelog) oder eine Studie (.primestudy).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="54"/>
        <source>Start empty instead of opening the built-in demo log.</source>
        <translation>Leer starten statt das eingebaute Demo-Protokoll zu öffnen.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="56"/>
        <source>Save a PNG of the window after loading, then quit.</source>
        <translation>Nach dem Laden ein PNG des Fensters speichern, dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="58"/>
        <source>View to show: %1.</source>
        <translation>Anzuzeigende Ansicht: %1.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="61"/>
        <source>Window size, e.g. 1600x1000.</source>
        <translation>Fenstergröße, z. B. 1600x1000.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="63"/>
        <source>Show only this application.</source>
        <translation>Nur diese Anwendung zeigen.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="65"/>
        <source>Area budget in mm² (0 = none).</source>
        <translation>Flächenbudget in mm² (0 = keines).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="67"/>
        <source>Run the demo study on the demo log up to this step (%1); --view search implies topk.</source>
        <translation>Die Demo-Studie auf dem Demo-Protokoll bis zu diesem Schritt ausführen (%1); --view search bedeutet topk.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="71"/>
        <source>Theme for this run: %1 (default: the one in Preferences).</source>
        <translation>Farbschema für diesen Lauf: %1 (Vorgabe: das aus den Einstellungen).</translation>
    </message>
</context>
<context>
    <name>prime::ui::AreaLatencyPlot</name>
    <message>
        <location filename="../ui/area_latency_plot.cpp" line="78"/>
        <source>Infeasible</source>
        <translation>Nicht machbar</translation>
    </message>
    <message>
        <location filename="../ui/area_latency_plot.cpp" line="81"/>
        <location filename="../ui/area_latency_plot.cpp" line="390"/>
        <source>Area (mm²)</source>
        <translation>Fläche (mm²)</translation>
    </message>
    <message>
        <location filename="../ui/area_latency_plot.cpp" line="115"/>
        <source>Infeasible designs have no latency: placed by area only, one row per reason</source>
        <translation>Nicht machbare Entwürfe haben keine Latenz: nur nach Fläche platziert, eine Zeile je Grund</translation>
    </message>
    <message>
        <location filename="../ui/area_latency_plot.cpp" line="122"/>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location filename="../ui/area_latency_plot.cpp" line="167"/>
        <source>Area budget (drag the line)</source>
        <translation>Flächenbudget (Linie ziehen)</translation>
    </message>
    <message>
        <location filename="../ui/area_latency_plot.cpp" line="170"/>
        <source>Best in budget</source>
        <translation>Bester im Budget</translation>
    </message>
    <message>
        <location filename="../ui/area_latency_plot.cpp" line="334"/>
        <source>unknown reason</source>
        <translation>unbekannter Grund</translation>
    </message>
    <message>
        <location filename="../ui/area_latency_plot.cpp" line="336"/>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <location filename="../ui/area_latency_plot.cpp" line="390"/>
        <source>Area (mm², log scale)</source>
        <translation>Fläche (mm², log. Skala)</translation>
    </message>
    <message>
        <location filename="../ui/area_latency_plot.cpp" line="465"/>
        <source>In view: %L1 feasible, %L2 infeasible</source>
        <translation>Im Bild: %L1 machbar, %L2 nicht machbar</translation>
    </message>
    <message>
        <location filename="../ui/area_latency_plot.cpp" line="517"/>
        <source>best in budget: %1 ms at %2 mm²</source>
        <translation>bester im Budget: %1 ms bei %2 mm²</translation>
    </message>
    <message>
        <location filename="../ui/area_latency_plot.cpp" line="530"/>
        <source>%1 mm² · %L2 feasible in, %L3 over</source>
        <translation>%1 mm² · %L2 machbar darin, %L3 darüber</translation>
    </message>
    <message>
        <location filename="../ui/area_latency_plot.cpp" line="534"/>
        <source>%1 mm²</source>
        <translation>%1 mm²</translation>
    </message>
    <message>
        <location filename="../ui/area_latency_plot.cpp" line="61"/>
        <source>Latency (ms, log scale)</source>
        <translation>Latenz (ms, logarithmisch)</translation>
    </message>
    <message>
        <location filename="../ui/area_latency_plot.cpp" line="323"/>
        <source>Pareto front</source>
        <translation>Pareto-Front</translation>
    </message>
</context>
<context>
    <name>prime::ui::BudgetController</name>
    <message>
        <location filename="../ui/budget_controller.cpp" line="25"/>
        <source>Area budget %1 mm²</source>
        <translation>Flächenbudget %1 mm²</translation>
    </message>
    <message>
        <location filename="../ui/budget_controller.cpp" line="26"/>
        <source>No area budget</source>
        <translation>Kein Flächenbudget</translation>
    </message>
</context>
<context>
    <name>prime::ui::BudgetPanel</name>
    <message>
        <location filename="../ui/budget_panel.cpp" line="38"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location filename="../ui/budget_panel.cpp" line="38"/>
        <source>Best (ms)</source>
        <translation>Beste (ms)</translation>
    </message>
    <message>
        <location filename="../ui/budget_panel.cpp" line="38"/>
        <source>mm²</source>
        <translation>mm²</translation>
    </message>
    <message>
        <location filename="../ui/budget_panel.cpp" line="38"/>
        <source>In budget</source>
        <translation>Im Budget</translation>
    </message>
    <message>
        <location filename="../ui/budget_panel.cpp" line="39"/>
        <source>Latency of the best feasible logged design within the budget</source>
        <translation>Latenz des besten machbaren protokollierten Entwurfs im Budget</translation>
    </message>
    <message>
        <location filename="../ui/budget_panel.cpp" line="40"/>
        <source>Feasible designs within the budget; the tooltip of each row has those over it and the Pareto front</source>
        <translation>Machbare Entwürfe im Budget; der Tooltip jeder Zeile nennt die darüber und die Pareto-Front</translation>
    </message>
    <message>
        <location filename="../ui/budget_panel.cpp" line="61"/>
        <source>Area budget (mm²)</source>
        <translation>Flächenbudget (mm²)</translation>
    </message>
    <message>
        <location filename="../ui/budget_panel.cpp" line="62"/>
        <source>Best latency (ms)</source>
        <translation>Beste Latenz (ms)</translation>
    </message>
    <message>
        <location filename="../ui/budget_panel.cpp" line="68"/>
        <source>Best logged latency achievable within each budget. Click to move the budget.</source>
        <translation>Beste protokollierte Latenz, die mit jedem Budget erreichbar ist. Klicken verschiebt das Budget.</translation>
    </message>
    <message>
        <location filename="../ui/budget_panel.cpp" line="136"/>
        <source>Open a log to see what the area budget buys.</source>
        <translation>Öffnen Sie ein Protokoll, um zu sehen, was das Flächenbudget bringt.</translation>
    </message>
    <message>
        <location filename="../ui/budget_panel.cpp" line="140"/>
        <source>Computing Pareto fronts…</source>
        <translation>Pareto-Fronten werden berechnet…</translation>
    </message>
    <message>
        <location filename="../ui/budget_panel.cpp" line="158"/>
        <source>%L1 feasible designs within the budget, %L2 over it; %3 of %4 Pareto-front points within it</source>
        <translation>%L1 machbare Entwürfe im Budget, %L2 darüber; %3 von %4 Punkten der Pareto-Front darin</translation>
    </message>
    <message>
        <location filename="../ui/budget_panel.cpp" line="166"/>
        <source>Budget %1 mm²: %L2 feasible designs within, %L3 over.</source>
        <translation>Budget %1 mm²: %L2 machbare Entwürfe darin, %L3 darüber.</translation>
    </message>
    <message>
        <location filename="../ui/budget_panel.cpp" line="170"/>
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
        <location filename="../ui/design_table_model.cpp" line="69"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/design_table_model.cpp" line="69"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/design_table_model.cpp" line="73"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/design_table_model.cpp" line="102"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../ui/design_table_model.cpp" line="103"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location filename="../ui/design_table_model.cpp" line="104"/>
        <source>Feasible</source>
        <translation>Machbar</translation>
    </message>
    <message>
        <location filename="../ui/design_table_model.cpp" line="105"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/design_table_model.cpp" line="106"/>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <location filename="../ui/design_table_model.cpp" line="107"/>
        <source>Area (mm²)</source>
        <translation>Fläche (mm²)</translation>
    </message>
</context>
<context>
    <name>prime::ui::DesignTableView</name>
    <message>
        <location filename="../ui/design_table_view.cpp" line="41"/>
        <source>All designs</source>
        <translation>Alle Entwürfe</translation>
    </message>
    <message>
        <location filename="../ui/design_table_view.cpp" line="42"/>
        <source>Feasible</source>
        <translation>Machbar</translation>
    </message>
    <message>
        <location filename="../ui/design_table_view.cpp" line="43"/>
        <source>Infeasible</source>
        <translation>Nicht machbar</translation>
    </message>
    <message>
        <location filename="../ui/design_table_view.cpp" line="44"/>
        <source>Within budget</source>
        <translation>Im Budget</translation>
    </message>
    <message>
        <location filename="../ui/design_table_view.cpp" line="46"/>
        <source>Plot selection only</source>
        <translation>Nur Auswahl im Diagramm</translation>
    </message>
    <message>
        <location filename="../ui/design_table_view.cpp" line="70"/>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <location filename="../ui/design_table_view.cpp" line="72"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/design_table_view.cpp" line="77"/>
        <source>page </source>
        <translation>Seite </translation>
    </message>
    <message>
        <location filename="../ui/design_table_view.cpp" line="78"/>
        <source>The table shows %L1 rows at a time; sort or filter to bring designs to the first page</source>
        <translation>Die Tabelle zeigt %L1 Zeilen auf einmal; sortieren oder filtern Sie, um Entwürfe auf die erste Seite zu bringen</translation>
    </message>
    <message>
        <location filename="../ui/design_table_view.cpp" line="138"/>
        <source>Any parameter values</source>
        <translation>Beliebige Parameterwerte</translation>
    </message>
    <message>
        <location filename="../ui/design_table_view.cpp" line="174"/>
        <source>Change the table filter</source>
        <translation>Tabellenfilter ändern</translation>
    </message>
    <message>
        <location filename="../ui/design_table_view.cpp" line="242"/>
        <location filename="../ui/design_table_view.cpp" line="252"/>
        <source>Filtering…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <location filename="../ui/design_table_view.cpp" line="273"/>
        <source>%L1 of %L2 designs</source>
        <translation>%L1 von %L2 Entwürfen</translation>
    </message>
    <message>
        <location filename="../ui/design_table_view.cpp" line="290"/>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
</context>
<context>
    <name>prime::ui::ExplorerState</name>
    <message>
        <location filename="../ui/explorer_state.cpp" line="38"/>
        <source>Clear selection</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/explorer_state.cpp" line="38"/>
        <source>Select %Ln design(s)</source>
        <translation>
            <numerusform>%Ln Entwurf auswählen</numerusform>
            <numerusform>%Ln Entwürfe auswählen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/explorer_state.cpp" line="61"/>
        <source>All applications</source>
        <translation>Alle Anwendungen</translation>
    </message>
    <message>
        <location filename="../ui/explorer_state.cpp" line="74"/>
        <source>Design %L1</source>
        <translation>Entwurf %L1</translation>
    </message>
    <message>
        <location filename="../ui/explorer_state.cpp" line="77"/>
        <source>Latency: %1 ms</source>
        <translation>Latenz: %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/explorer_state.cpp" line="79"/>
        <source>unknown reason</source>
        <translation>unbekannter Grund</translation>
    </message>
    <message>
        <location filename="../ui/explorer_state.cpp" line="82"/>
        <source>Infeasible: %1</source>
        <translation>Nicht machbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/explorer_state.cpp" line="84"/>
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
        <location filename="../ui/feasibility_view.cpp" line="275"/>
        <location filename="../ui/feasibility_view.cpp" line="317"/>
        <source>feasible</source>
        <translation>machbar</translation>
    </message>
    <message>
        <location filename="../ui/feasibility_view.cpp" line="280"/>
        <location filename="../ui/feasibility_view.cpp" line="320"/>
        <source>infeasible, reason unknown</source>
        <translation>nicht machbar, Grund unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/feasibility_view.cpp" line="323"/>
        <source>designs</source>
        <translation>Entwürfe</translation>
    </message>
</context>
<context>
    <name>prime::ui::LogLoader</name>
    <message>
        <location filename="../ui/log_loader.cpp" line="51"/>
        <source>Generating the demo log with the built-in simulator (first start only)…</source>
        <translation>Das Demo-Protokoll wird mit dem eingebauten Simulator erzeugt (nur beim ersten Start)…</translation>
    </message>
</context>
<context>
    <name>prime::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="525"/>
        <source>%1 applications</source>
        <translation>%1 Anwendungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="526"/>
        <source>%1: %L2 designs, %3, %4% feasible, space %5</source>
        <translation>%1: %L2 Entwürfe, %3, %4 % machbar, Suchraum %5</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="289"/>
        <source>&amp;About PRIME Studio</source>
        <translation>&amp;Über PRIME Studio</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="229"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="288"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="230"/>
        <source>&amp;Open Log…</source>
        <translation>Protokoll ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="244"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="239"/>
        <source>&amp;Save Plot…</source>
        <translation>Diagramm &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="525"/>
        <source>1 application</source>
        <translation>1 Anwendung</translation>
    </message>
    <message>
        <location filename="../ui/main_window_desktop.cpp" line="46"/>
        <source>Preferences saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_desktop.cpp" line="65"/>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <location filename="../ui/main_window_desktop.cpp" line="67"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location filename="../ui/main_window_desktop.cpp" line="120"/>
        <source>Layout reset: every dock is back in its place.</source>
        <translation>Anordnung zurückgesetzt: Jedes Fenster ist wieder an seinem Platz.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_desktop.cpp" line="130"/>
        <source>About PRIME Studio</source>
        <translation>Über PRIME Studio</translation>
    </message>
    <message>
        <location filename="../ui/main_window_desktop.cpp" line="131"/>
        <source>&lt;b&gt;PRIME Studio %1&lt;/b&gt;&lt;p&gt;Data-driven design of hardware accelerators with conservative surrogates (PRIME, Kumar et al., ICLR 2022).&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running %3), QCustomPlot %4 and LibTorch %5.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;The user&apos;s guide is docs/guide.md in the sources, installed as /usr/share/doc/prime-studio/guide.md; &lt;tt&gt;man prime-studio&lt;/tt&gt; and &lt;tt&gt;man prime-cli&lt;/tt&gt; describe the programs.&lt;/p&gt;</source>
        <translation>&lt;b&gt;PRIME Studio %1&lt;/b&gt;&lt;p&gt;Datengetriebener Entwurf von Hardware-Beschleunigern mit konservativen Surrogatmodellen (PRIME, Kumar et al., ICLR 2022).&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 (läuft mit %3), QCustomPlot %4 und LibTorch %5.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;&lt;p&gt;Das Benutzerhandbuch ist docs/guide.md in den Quellen, installiert als /usr/share/doc/prime-studio/guide.md; &lt;tt&gt;man prime-studio&lt;/tt&gt; und &lt;tt&gt;man prime-cli&lt;/tt&gt; beschreiben die Programme.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="79"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="540"/>
        <source>Could not load the log</source>
        <translation>Das Protokoll konnte nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="537"/>
        <source>Could not load the log.</source>
        <translation>Das Protokoll konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="422"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="546"/>
        <source>Loading cancelled; nothing was changed.</source>
        <translation>Laden abgebrochen; nichts wurde verändert.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="69"/>
        <source>No log loaded. File ▸ Open Log… reads CSV, TFRecord or snapshot files.</source>
        <translation>Kein Protokoll geladen. Datei ▸ Protokoll öffnen… liest CSV-, TFRecord- und Snapshot-Dateien.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="140"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="149"/>
        <source>Surrogate</source>
        <translation>Surrogat</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="153"/>
        <source>Designs</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="155"/>
        <source>Feasibility map</source>
        <translation>Machbarkeitskarte</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="163"/>
        <source>Explorer</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="165"/>
        <source>Application </source>
        <translation>Anwendung </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="172"/>
        <source>One application, or all with a colour and a Pareto front each</source>
        <translation>Eine Anwendung, oder alle mit je einer Farbe und Pareto-Front</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="173"/>
        <location filename="../ui/main_window.cpp" line="211"/>
        <source>All applications</source>
        <translation>Alle Anwendungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="179"/>
        <source>Area budget </source>
        <translation>Flächenbudget </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="185"/>
        <source> mm²</source>
        <translation> mm²</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="186"/>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="188"/>
        <source>Area budget for the whole app; drag the red line in the plot, or 0 for none</source>
        <translation>Flächenbudget für die ganze Anwendung; ziehen Sie die rote Linie im Diagramm, oder 0 für keins</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="197"/>
        <source>Log area axis</source>
        <translation>Log. Flächenachse</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="205"/>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="206"/>
        <source>Show every design again (Home, or double-click the plot)</source>
        <translation>Wieder alle Entwürfe zeigen (Pos1 oder Doppelklick ins Diagramm)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="231"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="234"/>
        <source>Open CSV with Column &amp;Mapping…</source>
        <translation>CSV mit Spalten&amp;zuordnung öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="235"/>
        <source>Open CSV design logs</source>
        <translation>CSV-Entwurfsprotokolle öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="236"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="246"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="247"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="249"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="254"/>
        <source>Clear &amp;Selection</source>
        <translation>&amp;Auswahl aufheben</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="256"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="261"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="262"/>
        <source>Reset &amp;Zoom</source>
        <translation>&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="265"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="273"/>
        <source>Reset &amp;Layout</source>
        <translation>&amp;Anordnung zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="290"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="343"/>
        <source>Open design logs</source>
        <translation>Entwurfsprotokolle öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="440"/>
        <source>Opening %1 cancelled.</source>
        <translation>Öffnen von %1 abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="460"/>
        <source>Loading %1 with its column mapping…</source>
        <translation>%1 wird mit seiner Spaltenzuordnung geladen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="472"/>
        <source>Loading the demo log…</source>
        <translation>Das Demo-Protokoll wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="489"/>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="494"/>
        <source>%1: %L2 designs, preparing the view…</source>
        <translation>%1: %L2 Entwürfe, die Ansicht wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="386"/>
        <location filename="../ui/main_window.cpp" line="495"/>
        <source>PRIME Studio — %1</source>
        <translation>PRIME Studio — %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="52"/>
        <source>PRIME Studio</source>
        <translation>PRIME Studio</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="351"/>
        <location filename="../ui/main_window.cpp" line="354"/>
        <source>Save plot</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <location filename="../ui/main_window_study.cpp" line="27"/>
        <location filename="../ui/main_window_study.cpp" line="31"/>
        <source>Save study</source>
        <translation>Studie speichern</translation>
    </message>
    <message>
        <location filename="../ui/main_window_study.cpp" line="28"/>
        <source>PRIME Studio study (*.primestudy)</source>
        <translation>PRIME-Studio-Studie (*.primestudy)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_study.cpp" line="36"/>
        <location filename="../ui/main_window_study.cpp" line="45"/>
        <location filename="../ui/main_window_study.cpp" line="77"/>
        <source>Open study</source>
        <translation>Studie öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_study.cpp" line="37"/>
        <source>PRIME Studio study (*.primestudy);;All files (*)</source>
        <translation>PRIME-Studio-Studie (*.primestudy);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_study.cpp" line="43"/>
        <source>Could not open the study %1: %2</source>
        <translation>Die Studie %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window_study.cpp" line="51"/>
        <source>it names no log files</source>
        <translation>sie nennt keine Protokolldateien</translation>
    </message>
    <message>
        <location filename="../ui/main_window_study.cpp" line="69"/>
        <source>Opening the study %1: loading its log…</source>
        <translation>Studie %1 wird geöffnet: ihr Protokoll wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="403"/>
        <source>Training in progress</source>
        <translation>Training läuft</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="404"/>
        <source>A surrogate is being trained on the current log. Opening another log stops the training (its model belongs to the current log). Stop it and open the other log?</source>
        <translation>Auf dem aktuellen Log wird ein Surrogat trainiert. Ein anderes Log zu öffnen beendet das Training (sein Modell gehört zum aktuellen Log). Beenden und das andere Log öffnen?</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="241"/>
        <source>Open S&amp;tudy…</source>
        <translation>S&amp;tudie öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="242"/>
        <source>Save St&amp;udy…</source>
        <translation>St&amp;udie speichern…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="275"/>
        <source>&amp;Search</source>
        <translation>&amp;Suche</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="277"/>
        <source>&amp;Start or Continue</source>
        <translation>&amp;Starten oder fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="283"/>
        <source>&amp;Pause or Resume</source>
        <translation>&amp;Pausieren oder fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="284"/>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="344"/>
        <source>Design logs (%1);;All files (*)</source>
        <translation>Entwurfs-Logs (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="361"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
</context>
<context>
    <name>prime::ui::OracleDialog</name>
    <message>
        <location filename="../ui/oracle_dialog.cpp" line="18"/>
        <source>Command oracle</source>
        <translation>Befehls-Orakel</translation>
    </message>
    <message>
        <location filename="../ui/oracle_dialog.cpp" line="22"/>
        <source>my-sim --in {in} --out {out}</source>
        <translation>my-sim --in {in} --out {out}</translation>
    </message>
    <message>
        <location filename="../ui/oracle_dialog.cpp" line="27"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/oracle_dialog.cpp" line="29"/>
        <source>The command gets a CSV of designs ({in}: id, app and the parameters&apos; raw values) and writes one row per (id, app) to {out} with latency_ms and feasible (optionally area_mm2, power_w, reason). Without {in}/{out} it reads stdin and writes stdout. See docs/oracles.md.</source>
        <translation>Der Befehl erhält eine CSV-Datei mit Entwürfen ({in}: id, app und die Rohwerte der Parameter) und schreibt je (id, app) eine Zeile nach {out} mit latency_ms und feasible (optional area_mm2, power_w, reason). Ohne {in}/{out} liest er stdin und schreibt stdout. Siehe docs/oracles.md.</translation>
    </message>
    <message>
        <location filename="../ui/oracle_dialog.cpp" line="35"/>
        <source>Test on a logged design</source>
        <translation>An einem protokollierten Entwurf testen</translation>
    </message>
    <message>
        <location filename="../ui/oracle_dialog.cpp" line="46"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../ui/oracle_dialog.cpp" line="47"/>
        <source>Timeout per batch</source>
        <translation>Zeitlimit je Stapel</translation>
    </message>
    <message>
        <location filename="../ui/oracle_dialog.cpp" line="90"/>
        <source>The log has no feasible design to test with.</source>
        <translation>Das Log hat keinen machbaren Entwurf zum Testen.</translation>
    </message>
    <message>
        <location filename="../ui/oracle_dialog.cpp" line="100"/>
        <source>Running the command on logged row %1 (%2)…</source>
        <translation>Befehl läuft auf protokollierter Zeile %1 (%2)…</translation>
    </message>
    <message>
        <location filename="../ui/oracle_dialog.cpp" line="114"/>
        <source>The command says this logged feasible design fails: %1</source>
        <translation>Laut Befehl scheitert dieser protokollierte, machbare Entwurf: %1</translation>
    </message>
    <message>
        <location filename="../ui/oracle_dialog.cpp" line="118"/>
        <source>Logged latency %1 ms, command %2 ms (ratio %3).</source>
        <translation>Protokollierte Latenz %1 ms, Befehl %2 ms (Verhältnis %3).</translation>
    </message>
    <message>
        <location filename="../ui/oracle_dialog.cpp" line="123"/>
        <source>They differ by more than 1%: check the command&apos;s units and columns.</source>
        <translation>Sie weichen um mehr als 1 % ab: Einheiten und Spalten des Befehls prüfen.</translation>
    </message>
    <message>
        <location filename="../ui/oracle_dialog.cpp" line="126"/>
        <source>The command failed: %1</source>
        <translation>Der Befehl ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>prime::ui::SearchPanel</name>
    <message>
        <location filename="../ui/search_panel.cpp" line="40"/>
        <source>generation</source>
        <translation>Generation</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="110"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="115"/>
        <location filename="../ui/search_panel.cpp" line="287"/>
        <source>No model: train one in the Surrogate panel or open a saved one.</source>
        <translation>Kein Modell: eines im Surrogat-Bereich trainieren oder ein gespeichertes öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="118"/>
        <source>Open Model…</source>
        <translation>Modell öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="121"/>
        <source>Open a surrogate model folder</source>
        <translation>Ordner eines Surrogat-Modells öffnen</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="128"/>
        <location filename="../ui/search_panel.cpp" line="592"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="130"/>
        <source>Start the search (F5); after Stop or a reopened study, continue it</source>
        <translation>Suche starten (F5); nach Stopp oder einer wieder geöffneten Studie fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="131"/>
        <location filename="../ui/search_panel.cpp" line="458"/>
        <location filename="../ui/search_panel.cpp" line="595"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="133"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="143"/>
        <source>Verify</source>
        <translation>Verifizieren</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="146"/>
        <location filename="../ui/search_panel.cpp" line="158"/>
        <source>Selected designs</source>
        <translation>Ausgewählte Entwürfe</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="147"/>
        <location filename="../ui/search_panel.cpp" line="159"/>
        <source>Pinned designs</source>
        <translation>Angeheftete Entwürfe</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="148"/>
        <location filename="../ui/search_panel.cpp" line="160"/>
        <location filename="../ui/search_panel.cpp" line="244"/>
        <source>Top K</source>
        <translation>Top K</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_files.cpp" line="25"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_files.cpp" line="29"/>
        <source>Export designs</source>
        <translation>Entwürfe exportieren</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_files.cpp" line="30"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_files.cpp" line="35"/>
        <source>Top K…</source>
        <translation>Top K…</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_files.cpp" line="36"/>
        <source>Pinned designs…</source>
        <translation>Angeheftete Entwürfe…</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_files.cpp" line="37"/>
        <source>Selected designs…</source>
        <translation>Ausgewählte Entwürfe…</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_files.cpp" line="39"/>
        <source>Plot</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_files.cpp" line="43"/>
        <source>Save plot</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_files.cpp" line="48"/>
        <source>Live search plot…</source>
        <translation>Live-Suchdiagramm…</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_files.cpp" line="49"/>
        <source>Best latency per generation…</source>
        <translation>Beste Latenz je Generation…</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_files.cpp" line="50"/>
        <source>Hypervolume per generation…</source>
        <translation>Hypervolumen je Generation…</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_files.cpp" line="51"/>
        <source>Trade-off chart…</source>
        <translation>Abwägungsdiagramm…</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_files.cpp" line="52"/>
        <source>Study report (Markdown)…</source>
        <translation>Studienbericht (Markdown)…</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_files.cpp" line="53"/>
        <source>Save the study report</source>
        <translation>Studienbericht speichern</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_files.cpp" line="54"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="154"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="75"/>
        <source>Model: trained %1 more steps on the extended log (held-out Spearman %2).</source>
        <translation>Modell: %1 weitere Schritte auf dem erweiterten Protokoll trainiert (Spearman auf zurückgehaltenen Daten %2).</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="155"/>
        <source>Per-application trade-offs against the best logged in-budget designs</source>
        <translation>Abwägungen je Anwendung gegenüber den besten protokollierten Entwürfen im Budget</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="162"/>
        <source>Add to Log &amp;&amp; Continue…</source>
        <translation>Zum Log hinzufügen &amp;&amp; fortsetzen…</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="164"/>
        <source>The verified designs join the log (saved as a copy), the surrogate retrains on it, and the search continues</source>
        <translation>Die verifizierten Entwürfe kommen ins Log (als Kopie gespeichert), das Surrogat wird darauf neu trainiert und die Suche geht weiter</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="167"/>
        <source>Save the extended log</source>
        <translation>Erweitertes Log speichern</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="168"/>
        <source>Design logs (*.primelog *.csv)</source>
        <translation>Entwurfs-Logs (*.primelog *.csv)</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="171"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="188"/>
        <source>Train or open a model, then press Start.</source>
        <translation>Ein Modell trainieren oder öffnen, dann Start drücken.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="212"/>
        <source>best (ms)</source>
        <translation>beste (ms)</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="213"/>
        <source>hypervolume</source>
        <translation>Hypervolumen</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="245"/>
        <source>Trade-offs</source>
        <translation>Abwägungen</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="302"/>
        <source>Model: trained in this session (%1).</source>
        <translation>Modell: in dieser Sitzung trainiert (%1).</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="310"/>
        <source>Open a log first: a model is searched against the log it was trained on.</source>
        <translation>Zuerst ein Log öffnen: ein Modell wird gegen das Log durchsucht, auf dem es trainiert wurde.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="316"/>
        <source>Could not open the model %1: %2</source>
        <translation>Das Modell %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="323"/>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="341"/>
        <location filename="../ui/search_panel_files.cpp" line="108"/>
        <source>Open a log first.</source>
        <translation>Zuerst ein Log öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="345"/>
        <source>No model: train one in the Surrogate panel or open a saved one (Open Model…).</source>
        <translation>Kein Modell: eines im Surrogat-Bereich trainieren oder ein gespeichertes öffnen (Modell öffnen…).</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="350"/>
        <source>optimizer options: not a JSON object: %1</source>
        <translation>Optionen des Optimierers: kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="417"/>
        <source>Cannot start the search: %1</source>
        <translation>Die Suche kann nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="449"/>
        <source>Continuing the search…</source>
        <translation>Suche wird fortgesetzt…</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="449"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="458"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="466"/>
        <source>Stopping after the current generation…</source>
        <translation>Stoppt nach der laufenden Generation…</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="477"/>
        <source>Paused at generation %1 of %2.</source>
        <translation>Pausiert bei Generation %1 von %2.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="507"/>
        <source>Generation %1 of %2 · %L3 designs scored · %4 generations/s · best predicted %5 ms · hypervolume %6</source>
        <translation>Generation %1 von %2 · %L3 Entwürfe bewertet · %4 Generationen/s · beste Vorhersage %5 ms · Hypervolumen %6</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="551"/>
        <source>Stopped after %1 generations; Continue resumes it.</source>
        <translation>Nach %1 Generationen gestoppt; Fortsetzen setzt sie fort.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="551"/>
        <source>Finished %1 generations.</source>
        <translation>%1 Generationen abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="554"/>
        <source>%L1 designs scored in %2 s (%3 generations/s); %4 proposals.</source>
        <translation>%L1 Entwürfe in %2 s bewertet (%3 Generationen/s); %4 Vorschläge.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_files.cpp" line="63"/>
        <location filename="../ui/search_panel_files.cpp" line="86"/>
        <location filename="../ui/search_panel_results.cpp" line="40"/>
        <source>Run a search first.</source>
        <translation>Zuerst eine Suche ausführen.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_results.cpp" line="47"/>
        <source>The oracle cannot verify these designs: %1</source>
        <translation>Das Orakel kann diese Entwürfe nicht prüfen: %1</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_results.cpp" line="51"/>
        <source>No oracle: choose the built-in simulator (built-in space) or set up a command oracle.</source>
        <translation>Kein Orakel: Wählen Sie den eingebauten Simulator (eingebauter Raum) oder richten Sie ein Befehls-Orakel ein.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_results.cpp" line="57"/>
        <source>No pinned designs: tick ★ in the table.</source>
        <translation>Keine angehefteten Entwürfe: ★ in der Tabelle ankreuzen.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_results.cpp" line="58"/>
        <source>No designs selected: select rows in the table.</source>
        <translation>Keine Entwürfe ausgewählt: Zeilen in der Tabelle auswählen.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_results.cpp" line="69"/>
        <source>Verifying %1 designs with %2…</source>
        <translation>%1 Entwürfe werden mit %2 verifiziert…</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_results.cpp" line="82"/>
        <source>Verify designs first: only simulated designs join the log.</source>
        <translation>Zuerst Entwürfe verifizieren: nur simulierte Entwürfe kommen ins Log.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_results.cpp" line="96"/>
        <source>Adding %1 verified designs to the log…</source>
        <translation>%1 verifizierte Entwürfe werden dem Log hinzugefügt…</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_results.cpp" line="124"/>
        <source>Nothing to compare: select or pin designs in the table.</source>
        <translation>Nichts zu vergleichen: Entwürfe in der Tabelle auswählen oder anheften.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_results.cpp" line="130"/>
        <source>Cannot compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_results.cpp" line="155"/>
        <source>Verified %1 designs: %2 run, %3 fail (reasons in the Status column).</source>
        <translation>%1 Entwürfe verifiziert: %2 laufen, %3 scheitern (Gründe in der Spalte Status).</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_results.cpp" line="167"/>
        <source>Verification cancelled; nothing was changed.</source>
        <translation>Verifikation abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="567"/>
        <source>Closing the loop failed: %1</source>
        <translation>Schließen der Schleife fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="577"/>
        <source>Verification failed: %1</source>
        <translation>Verifikation fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="583"/>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="592"/>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_files.cpp" line="69"/>
        <source>No designs to export.</source>
        <translation>Keine Entwürfe zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_files.cpp" line="77"/>
        <source>Could not export to %1: %2</source>
        <translation>Export nach %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_files.cpp" line="80"/>
        <source>Exported %1 designs to %2.</source>
        <translation>%1 Entwürfe nach %2 exportiert.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_files.cpp" line="93"/>
        <source>The report needs every top-K design verified: Verify ▸ Top K first.</source>
        <translation>Der Bericht braucht alle Top-K-Entwürfe verifiziert: zuerst Verifizieren ▸ Top K.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_files.cpp" line="102"/>
        <source>Saved the study report to %1.</source>
        <translation>Studienbericht unter %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_files.cpp" line="136"/>
        <source>Could not save the study: %1</source>
        <translation>Die Studie konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_files.cpp" line="139"/>
        <source>Saved the study to %1.</source>
        <translation>Studie unter %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_files.cpp" line="154"/>
        <source>Stop the search first.</source>
        <translation>Zuerst die Suche stoppen.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_files.cpp" line="159"/>
        <source>open the study&apos;s log first</source>
        <translation>zuerst das Log der Studie öffnen</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_files.cpp" line="161"/>
        <source>the study&apos;s designs are in another search space than the open log</source>
        <translation>die Entwürfe der Studie liegen in einem anderen Suchraum als das offene Log</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_files.cpp" line="164"/>
        <source>its model could not be opened</source>
        <translation>ihr Modell konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_files.cpp" line="206"/>
        <source>The study&apos;s model was trained in its session and is not saved: train or open a model to continue the search.</source>
        <translation>Das Modell der Studie wurde in ihrer Sitzung trainiert und nicht gespeichert: ein Modell trainieren oder öffnen, um die Suche fortzusetzen.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_files.cpp" line="147"/>
        <location filename="../ui/search_panel_files.cpp" line="209"/>
        <source>Could not open the study %1: %2</source>
        <translation>Die Studie %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_files.cpp" line="214"/>
        <source>Opened the study %1 (%2 designs).</source>
        <translation>Studie %1 geöffnet (%2 Entwürfe).</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_files.cpp" line="215"/>
        <source>Continue resumes its search.</source>
        <translation>Fortsetzen setzt ihre Suche fort.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel_files.cpp" line="218"/>
        <source>Study inputs changed</source>
        <translation>Eingaben der Studie geändert</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.cpp" line="136"/>
        <source>Stop after the current generation (Esc); what was found is kept and Continue resumes it</source>
        <translation>Nach der laufenden Generation stoppen (Esc); das Gefundene bleibt, Fortsetzen setzt fort</translation>
    </message>
</context>
<context>
    <name>prime::ui::SearchPlot</name>
    <message>
        <location filename="../ui/search_plot.cpp" line="30"/>
        <location filename="../ui/search_plot.cpp" line="120"/>
        <source>Area (mm²)</source>
        <translation>Fläche (mm²)</translation>
    </message>
    <message>
        <location filename="../ui/search_plot.cpp" line="31"/>
        <location filename="../ui/search_plot.cpp" line="211"/>
        <source>Predicted latency (ms, log scale)</source>
        <translation>Vorhergesagte Latenz (ms, logarithmisch)</translation>
    </message>
    <message>
        <location filename="../ui/search_plot.cpp" line="42"/>
        <source>Logged designs</source>
        <translation>Protokollierte Entwürfe</translation>
    </message>
    <message>
        <location filename="../ui/search_plot.cpp" line="56"/>
        <source>Population (dark = newest)</source>
        <translation>Population (dunkel = neueste)</translation>
    </message>
    <message>
        <location filename="../ui/search_plot.cpp" line="58"/>
        <source>Verified (simulator)</source>
        <translation>Verifiziert (Simulator)</translation>
    </message>
    <message>
        <location filename="../ui/search_plot.cpp" line="62"/>
        <source>Best so far</source>
        <translation>Bester bisher</translation>
    </message>
    <message>
        <location filename="../ui/search_plot.cpp" line="73"/>
        <source>Shaded: logged designs (denser = darker) · red discs: the population, dark = newest generation · star: best so far · green crosses: verified by the simulator · dashed red line: the area budget</source>
        <translation>Schattiert: protokollierte Entwürfe (dichter = dunkler) · rote Punkte: die Population, dunkel = neueste Generation · Stern: bisher bester · grüne Kreuze: vom Simulator geprüft · gestrichelte rote Linie: das Flächenbudget</translation>
    </message>
    <message>
        <location filename="../ui/search_plot.cpp" line="120"/>
        <source>Area (mm², log scale)</source>
        <translation>Fläche (mm², logarithmisch)</translation>
    </message>
    <message>
        <location filename="../ui/search_plot.cpp" line="211"/>
        <source>ms, predicted</source>
        <translation>ms, vorhergesagt</translation>
    </message>
</context>
<context>
    <name>prime::ui::SearchSetupForm</name>
    <message>
        <location filename="../ui/search_setup_form.cpp" line="45"/>
        <source>The optimizer&apos;s options as JSON (docs/optimizers.md); filled with its defaults</source>
        <translation>Die Optionen des Optimierers als JSON (docs/optimizers.md); mit seinen Standardwerten gefüllt</translation>
    </message>
    <message>
        <location filename="../ui/search_setup_form.cpp" line="56"/>
        <source>Designs scored per generation. An optimizer&apos;s own population (evolution&apos;s population_size: the designs it keeps) is one of its Options.</source>
        <translation>Pro Generation bewertete Entwürfe. Die eigene Population eines Optimierers (population_size der Evolution: die Entwürfe, die er behält) gehört zu seinen Optionen.</translation>
    </message>
    <message>
        <location filename="../ui/search_setup_form.cpp" line="65"/>
        <source>Applications of the objective; several = one design for all of them</source>
        <translation>Anwendungen des Ziels; mehrere = ein Entwurf für alle</translation>
    </message>
    <message>
        <location filename="../ui/search_setup_form.cpp" line="68"/>
        <source>geometric mean</source>
        <translation>geometrisches Mittel</translation>
    </message>
    <message>
        <location filename="../ui/search_setup_form.cpp" line="69"/>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <location filename="../ui/search_setup_form.cpp" line="70"/>
        <source>worst</source>
        <translation>schlechteste</translation>
    </message>
    <message>
        <location filename="../ui/search_setup_form.cpp" line="73"/>
        <source>equal</source>
        <translation>gleich</translation>
    </message>
    <message>
        <location filename="../ui/search_setup_form.cpp" line="74"/>
        <source>Per-application weights, comma-separated, in the order of the checked applications</source>
        <translation>Gewichte je Anwendung, durch Kommas getrennt, in der Reihenfolge der angekreuzten Anwendungen</translation>
    </message>
    <message>
        <location filename="../ui/search_setup_form.cpp" line="75"/>
        <source>Area-latency Pareto mode</source>
        <translation>Pareto-Modus Fläche–Latenz</translation>
    </message>
    <message>
        <location filename="../ui/search_setup_form.cpp" line="82"/>
        <source> mm²</source>
        <translation> mm²</translation>
    </message>
    <message>
        <location filename="../ui/search_setup_form.cpp" line="83"/>
        <source>no budget</source>
        <translation>kein Budget</translation>
    </message>
    <message>
        <location filename="../ui/search_setup_form.cpp" line="86"/>
        <source>auto (built-in simulator for the built-in space)</source>
        <translation>automatisch (eingebauter Simulator für den eingebauten Raum)</translation>
    </message>
    <message>
        <location filename="../ui/search_setup_form.cpp" line="87"/>
        <source>built-in simulator</source>
        <translation>eingebauter Simulator</translation>
    </message>
    <message>
        <location filename="../ui/search_setup_form.cpp" line="88"/>
        <source>command (your simulator)</source>
        <translation>Befehl (Ihr Simulator)</translation>
    </message>
    <message>
        <location filename="../ui/search_setup_form.cpp" line="89"/>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location filename="../ui/search_setup_form.cpp" line="90"/>
        <source>Command oracle…</source>
        <translation>Befehls-Orakel…</translation>
    </message>
    <message>
        <location filename="../ui/search_setup_form.cpp" line="92"/>
        <source>Your simulator as a command: a CSV of designs in, a CSV of results out (docs/oracles.md)</source>
        <translation>Ihr Simulator als Befehl: eine CSV-Datei mit Entwürfen hinein, eine CSV-Datei mit Ergebnissen heraus (docs/oracles.md)</translation>
    </message>
    <message>
        <location filename="../ui/search_setup_form.cpp" line="104"/>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <location filename="../ui/search_setup_form.cpp" line="105"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../ui/search_setup_form.cpp" line="106"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../ui/search_setup_form.cpp" line="107"/>
        <source>Generations</source>
        <translation>Generationen</translation>
    </message>
    <message>
        <location filename="../ui/search_setup_form.cpp" line="108"/>
        <source>K (proposals)</source>
        <translation>K (Vorschläge)</translation>
    </message>
    <message>
        <location filename="../ui/search_setup_form.cpp" line="109"/>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <location filename="../ui/search_setup_form.cpp" line="110"/>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <location filename="../ui/search_setup_form.cpp" line="111"/>
        <source>Combine by</source>
        <translation>Kombinieren per</translation>
    </message>
    <message>
        <location filename="../ui/search_setup_form.cpp" line="112"/>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <location filename="../ui/search_setup_form.cpp" line="114"/>
        <source>Area budget</source>
        <translation>Flächenbudget</translation>
    </message>
    <message>
        <location filename="../ui/search_setup_form.cpp" line="115"/>
        <source>Oracle</source>
        <translation>Orakel</translation>
    </message>
    <message>
        <location filename="../ui/search_setup_form.cpp" line="164"/>
        <source>(the log&apos;s only application)</source>
        <translation>(die einzige Anwendung des Logs)</translation>
    </message>
    <message>
        <location filename="../ui/search_setup_form.cpp" line="249"/>
        <source>No command set up yet.</source>
        <translation>Noch kein Befehl eingerichtet.</translation>
    </message>
    <message>
        <location filename="../ui/search_setup_form.cpp" line="250"/>
        <source>Command: %1</source>
        <translation>Befehl: %1</translation>
    </message>
</context>
<context>
    <name>prime::ui::SearchWorker</name>
    <message>
        <location filename="../ui/search_worker.cpp" line="84"/>
        <source>Training the surrogate on the extended log…</source>
        <translation>Das Surrogatmodell wird auf dem erweiterten Protokoll trainiert…</translation>
    </message>
    <message>
        <location filename="../ui/search_worker.cpp" line="85"/>
        <source>Writing the extended log to %1, then training the surrogate on it…</source>
        <translation>Das erweiterte Protokoll wird nach %1 geschrieben, dann wird das Surrogatmodell darauf trainiert…</translation>
    </message>
    <message>
        <location filename="../ui/search_worker.cpp" line="90"/>
        <source>Closing the loop was cancelled; the search keeps its model.</source>
        <translation>Schließen der Schleife abgebrochen; die Suche behält ihr Modell.</translation>
    </message>
</context>
<context>
    <name>prime::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="20"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="27"/>
        <source>one per core (%1)</source>
        <translation>einer je Kern (%1)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="29"/>
        <source>Threads for training, prediction and search</source>
        <translation>Threads für Training, Vorhersage und Suche</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="33"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="34"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="35"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="40"/>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="46"/>
        <source>The language changes when PRIME Studio starts again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von PRIME Studio.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="57"/>
        <source> mm²</source>
        <translation> mm²</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="58"/>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="60"/>
        <source>The area budget a new window starts with</source>
        <translation>Das Flächenbudget, mit dem ein neues Fenster beginnt</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="66"/>
        <source>The model the Surrogate panel proposes for a new log</source>
        <translation>Das Modell, das die Surrogat-Ansicht für ein neues Protokoll vorschlägt</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="69"/>
        <source>Compute threads</source>
        <translation>Rechen-Threads</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="70"/>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="71"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="73"/>
        <source>Default area budget</source>
        <translation>Vorgabe-Flächenbudget</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="74"/>
        <source>Default surrogate model</source>
        <translation>Vorgabe-Surrogatmodell</translation>
    </message>
</context>
<context>
    <name>prime::ui::TopKModel</name>
    <message>
        <location filename="../ui/top_k_model.cpp" line="18"/>
        <source>latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../ui/top_k_model.cpp" line="146"/>
        <source>pinned %1</source>
        <translation>angeheftet %1</translation>
    </message>
    <message>
        <location filename="../ui/top_k_model.cpp" line="175"/>
        <source>Pin this design to keep it (verify, compare and export the pinned ones)</source>
        <translation>Diesen Entwurf anheften, um ihn zu behalten (angeheftete verifizieren, vergleichen und exportieren)</translation>
    </message>
    <message>
        <location filename="../ui/top_k_model.cpp" line="184"/>
        <source>pinned</source>
        <translation>angeheftet</translation>
    </message>
    <message>
        <location filename="../ui/top_k_model.cpp" line="217"/>
        <source>fails</source>
        <translation>scheitert</translation>
    </message>
    <message>
        <location filename="../ui/top_k_model.cpp" line="223"/>
        <source>Area model %1 mm², simulator %2 mm²</source>
        <translation>Flächenmodell %1 mm², Simulator %2 mm²</translation>
    </message>
    <message>
        <location filename="../ui/top_k_model.cpp" line="186"/>
        <source>predicted</source>
        <translation>vorhergesagt</translation>
    </message>
    <message>
        <location filename="../ui/top_k_model.cpp" line="188"/>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <location filename="../ui/top_k_model.cpp" line="195"/>
        <source>fails: %1</source>
        <translation>scheitert: %1</translation>
    </message>
    <message>
        <location filename="../ui/top_k_model.cpp" line="234"/>
        <source>Distance to the nearest logged design (0 = logged; 1 = one parameter across its whole range): how far the model extrapolates</source>
        <translation>Abstand zum nächsten protokollierten Entwurf (0 = protokolliert; 1 = ein Parameter über seinen ganzen Bereich): wie weit das Modell extrapoliert</translation>
    </message>
    <message>
        <location filename="../ui/top_k_model.cpp" line="240"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../ui/top_k_model.cpp" line="249"/>
        <source>combined</source>
        <translation>kombiniert</translation>
    </message>
    <message>
        <location filename="../ui/top_k_model.cpp" line="250"/>
        <source>%1 predicted (ms)</source>
        <translation>%1 vorhergesagt (ms)</translation>
    </message>
    <message>
        <location filename="../ui/top_k_model.cpp" line="251"/>
        <source>%1 simulated (ms)</source>
        <translation>%1 simuliert (ms)</translation>
    </message>
    <message>
        <location filename="../ui/top_k_model.cpp" line="253"/>
        <source>Area (mm²)</source>
        <translation>Fläche (mm²)</translation>
    </message>
    <message>
        <location filename="../ui/top_k_model.cpp" line="254"/>
        <source>Distance to log</source>
        <translation>Abstand zum Log</translation>
    </message>
    <message>
        <location filename="../ui/top_k_model.cpp" line="270"/>
        <source>Pin a design</source>
        <translation>Entwurf anheften</translation>
    </message>
    <message>
        <location filename="../ui/top_k_model.cpp" line="270"/>
        <source>Unpin a design</source>
        <translation>Entwurf lösen</translation>
    </message>
    <message>
        <location filename="../ui/top_k_model.cpp" line="241"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>prime::ui::TradeoffView</name>
    <message>
        <location filename="../ui/tradeoff_view.cpp" line="23"/>
        <source>latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../ui/tradeoff_view.cpp" line="35"/>
        <source>Choose designs and press Compare</source>
        <translation>Entwürfe wählen und Vergleichen drücken</translation>
    </message>
    <message>
        <location filename="../ui/tradeoff_view.cpp" line="89"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/tradeoff_view.cpp" line="91"/>
        <source>%1: none runs it</source>
        <translation>%1: keiner führt sie aus</translation>
    </message>
    <message>
        <location filename="../ui/tradeoff_view.cpp" line="96"/>
        <source>&lt;b&gt;Best for all applications:&lt;/b&gt; %1 (combined ratio %2).</source>
        <translation>&lt;b&gt;Am besten für alle Anwendungen:&lt;/b&gt; %1 (kombiniertes Verhältnis %2).</translation>
    </message>
    <message>
        <location filename="../ui/tradeoff_view.cpp" line="98"/>
        <source>&lt;b&gt;None of these designs runs every application&lt;/b&gt; (each fails on at least one).</source>
        <translation>&lt;b&gt;Keiner dieser Entwürfe führt jede Anwendung aus&lt;/b&gt; (jeder scheitert an mindestens einer).</translation>
    </message>
    <message>
        <location filename="../ui/tradeoff_view.cpp" line="100"/>
        <source>&lt;b&gt;Best for each:&lt;/b&gt; %1. Ratio = best logged in-budget latency / the design&apos;s (simulated where verified, else predicted); above 1 beats the log, 0 = fails there.</source>
        <translation>&lt;b&gt;Am besten je Anwendung:&lt;/b&gt; %1. Verhältnis = beste protokollierte Latenz im Budget / die des Entwurfs (simuliert, wo geprüft, sonst vorhergesagt); über 1 schlägt das Protokoll, 0 = scheitert dort.</translation>
    </message>
    <message>
        <location filename="../ui/tradeoff_view.cpp" line="114"/>
        <source>Latency per application (ms, log scale)</source>
        <translation>Latenz je Anwendung (ms, logarithmisch)</translation>
    </message>
    <message>
        <location filename="../ui/tradeoff_view.cpp" line="130"/>
        <source>Best logged (in budget)</source>
        <translation>Bester protokollierter (im Budget)</translation>
    </message>
    <message>
        <location filename="../ui/tradeoff_view.cpp" line="135"/>
        <source>%1 predicted</source>
        <translation>%1 vorhergesagt</translation>
    </message>
    <message>
        <location filename="../ui/tradeoff_view.cpp" line="137"/>
        <source>%1 simulated</source>
        <translation>%1 simuliert</translation>
    </message>
    <message>
        <location filename="../ui/tradeoff_view.cpp" line="156"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../ui/tradeoff_view.cpp" line="167"/>
        <source>Design</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../ui/tradeoff_view.cpp" line="168"/>
        <source>%1 ratio</source>
        <translation>%1 Verhältnis</translation>
    </message>
    <message>
        <location filename="../ui/tradeoff_view.cpp" line="169"/>
        <source>Combined (%1)</source>
        <translation>Kombiniert (%1)</translation>
    </message>
    <message>
        <location filename="../ui/tradeoff_view.cpp" line="185"/>
        <source>best logged, ms</source>
        <translation>bester protokollierter, ms</translation>
    </message>
    <message>
        <location filename="../ui/tradeoff_view.cpp" line="188"/>
        <source>none in budget</source>
        <translation>keiner im Budget</translation>
    </message>
    <message>
        <location filename="../ui/tradeoff_view.cpp" line="195"/>
        <source>predicted %1 ms, simulated %2 ms</source>
        <translation>vorhergesagt %1 ms, simuliert %2 ms</translation>
    </message>
    <message>
        <location filename="../ui/tradeoff_view.cpp" line="198"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
</context>
<context>
    <name>prime::ui::TrainingPanel</name>
    <message>
        <location filename="../ui/training_panel.cpp" line="54"/>
        <source> mm²</source>
        <translation> mm²</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="55"/>
        <source>no budget</source>
        <translation>kein Budget</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="57"/>
        <source>Weight of the push-down on infeasible and over-budget designs</source>
        <translation>Gewicht des Herabdrückens nicht machbarer und budgetüberschreitender Entwürfe</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="59"/>
        <source>Weight of the push-down on designs an optimizer finds under the current model</source>
        <translation>Gewicht des Herabdrückens von Entwürfen, die ein Optimierer unter dem aktuellen Modell findet</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="60"/>
        <source>Naive baseline (plain regression, α = β = 0)</source>
        <translation>Naive Basislinie (reine Regression, α = β = 0)</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="67"/>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="68"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="69"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="70"/>
        <source>Area budget</source>
        <translation>Flächenbudget</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="71"/>
        <source>α (infeasible)</source>
        <translation>α (nicht machbar)</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="72"/>
        <source>β (negatives)</source>
        <translation>β (Negative)</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="75"/>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="77"/>
        <location filename="../ui/training_panel.cpp" line="170"/>
        <location filename="../ui/training_panel.cpp" line="216"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="79"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="81"/>
        <source>Save Model…</source>
        <translation>Modell speichern…</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="90"/>
        <source>Load a log, then train a surrogate on it.</source>
        <translation>Laden Sie ein Protokoll und trainieren Sie dann ein Surrogat darauf.</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="100"/>
        <source>held-out Spearman</source>
        <translation>Spearman (zurückgehalten)</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="103"/>
        <source>training step</source>
        <translation>Trainingsschritt</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="104"/>
        <source>held-out Spearman ρ</source>
        <translation>Spearman-ρ (zurückgehalten)</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="142"/>
        <source>All %1 applications (contextual model)</source>
        <translation>Alle %1 Anwendungen (kontextuelles Modell)</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="144"/>
        <source>Ready: press Train to fit a conservative surrogate to this log (held-out rank correlation is plotted as it learns).</source>
        <translation>Bereit: Trainieren passt ein konservatives Surrogat an dieses Protokoll an (die Rangkorrelation auf zurückgehaltenen Daten wird beim Lernen gezeichnet).</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="153"/>
        <source>The app-wide area budget (the explorer&apos;s budget line): feasible designs above it are pushed down like infeasible ones</source>
        <translation>Das Flächenbudget der ganzen Anwendung (die Budgetlinie des Explorers): machbare Entwürfe darüber werden wie nicht machbare nach unten gedrückt</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="208"/>
        <source>Preparing the training data…</source>
        <translation>Die Trainingsdaten werden vorbereitet…</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="216"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="223"/>
        <source>Cancelling after the current step…</source>
        <translation>Abbruch nach dem aktuellen Schritt…</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="229"/>
        <source>Paused at step %1 of %2.</source>
        <translation>Angehalten bei Schritt %1 von %2.</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="230"/>
        <source>Step %1 of %2, %3 s.</source>
        <translation>Schritt %1 von %2, %3 s.</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="246"/>
        <source>Held-out Spearman %1 · mean prediction feasible %2, infeasible %3 (normalised units; conservative = infeasible well below feasible)</source>
        <translation>Spearman (zurückgehalten) %1 · mittlere Vorhersage machbar %2, nicht machbar %3 (normierte Einheiten; konservativ = nicht machbar deutlich unter machbar)</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="268"/>
        <source>Fitted a Gaussian process in %1 s (the log is small): held-out Spearman %2.</source>
        <translation>Gauß-Prozess in %1 s angepasst (das Log ist klein): Spearman (zurückgehalten) %2.</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="275"/>
        <source>Cancelled after %1 steps (%2 s).</source>
        <translation>Abgebrochen nach %1 Schritten (%2 s).</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="275"/>
        <source>Trained %1 steps in %2 s.</source>
        <translation>%1 Schritte in %2 s trainiert.</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="279"/>
        <source>Kept the checkpoint of step %1: held-out Spearman %2.</source>
        <translation>Checkpoint von Schritt %1 behalten: Spearman (zurückgehalten) %2.</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="287"/>
        <source>Training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="291"/>
        <source>Training failed</source>
        <translation>Training fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="296"/>
        <source>Save the surrogate into a folder</source>
        <translation>Das Surrogat in einen Ordner speichern</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="300"/>
        <source>Saved to %1 (weights.pt, surrogate.json).</source>
        <translation>Gespeichert in %1 (weights.pt, surrogate.json).</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="302"/>
        <source>Could not save the model</source>
        <translation>Das Modell konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="236"/>
        <source>Loss %1 = fit error (MSE) %2 + α %5 × mean prediction on infeasible designs %3 + β %6 × mean prediction on optimizer negatives %4. The last two are pushed down to their floors (clipped there), so the loss may be negative.</source>
        <translation>Verlust %1 = Anpassungsfehler (MSE) %2 + α %5 × mittlere Vorhersage auf nicht machbaren Entwürfen %3 + β %6 × mittlere Vorhersage auf Optimierer-Negativen %4. Die letzten beiden werden bis zu ihren Untergrenzen gedrückt (dort abgeschnitten), daher kann der Verlust negativ sein.</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="257"/>
        <source>Training stopped before it finished; no model was kept.</source>
        <translation>Training vor dem Ende gestoppt; kein Modell wurde behalten.</translation>
    </message>
</context>
</TS>
