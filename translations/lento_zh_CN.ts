<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartCurveBuilder</name>
    <message>
        <location filename="../ui/chartcurvebuilder.cpp" line="+200"/>
        <source>Last saved: %1</source>
        <translation>最后保存：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Total, diazepam-equivalent (mg/day)</source>
        <translation>合计，地西泮等效剂量（mg/日）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (mg/day)</source>
        <translation>%1（mg/日）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (ng/mL)</source>
        <translation>%1（ng/mL）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 active metabolite (ng/mL)</source>
        <translation>%1 活性代谢物（ng/mL）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diazepam-equivalent level (mg/day)</source>
        <translation>地西泮等效水平（mg/日）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawal pressure (modelled)</source>
        <translation>戒断压力（模型估算）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effect (modelled)</source>
        <translation>效应（模型估算）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adaptation (modelled)</source>
        <translation>适应（模型估算）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severe</source>
        <translation>严重</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../ui/chartexport.cpp" line="+37"/>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot encode the chart as PNG for %1</source>
        <translation>无法将图表编码为 PNG：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lento chart</source>
        <translation>Lento 图表</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unsupported image type &quot;%1&quot; for %2: use .png or .svg</source>
        <translation>不支持的图像类型“%1”（%2）：请使用 .png 或 .svg</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Day</source>
        <translation>第几天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
</context>
<context>
    <name>DateAxisTicks</name>
    <message>
        <location filename="../ui/dateaxisticks.cpp" line="+31"/>
        <source>day %1</source>
        <translation>第 %1 天</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>d MMM</source>
        <comment>date format for day ticks</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>MMM yyyy</source>
        <comment>date format for month ticks</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yyyy</source>
        <comment>date format for year ticks</comment>
        <translation>yyyy年</translation>
    </message>
</context>
<context>
    <name>DemoPatient</name>
    <message>
        <location filename="../ui/demopatient.cpp" line="+42"/>
        <source>Alex Morgan (demo)</source>
        <translation>Alex Morgan（演示）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Demonstration record. Alprazolam three times a day for panic disorder for three years. Stopped abruptly once, about eighteen months ago, with rebound anxiety, insomnia and tremor; restarted after five days. Wants to come off slowly.</source>
        <translation>演示病历。因惊恐障碍服用阿普唑仑，每日三次，已三年。约十八个月前曾突然停药一次，出现反跳性焦虑、失眠和震颤，五天后恢复服药。希望缓慢停药。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Alprazolam taper (demo)</source>
        <translation>阿普唑仑减量（演示）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Panic disorder</source>
        <translation>惊恐障碍</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generated demo plan</source>
        <translation>自动生成的演示计划</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <location filename="../ui/displaytext.cpp" line="+38"/>
        <source>Percent of the current dose</source>
        <translation>按当前剂量的百分比</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixed mg per step</source>
        <translation>每步固定毫克数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receptor occupancy (hyperbolic)</source>
        <translation>受体占有率（双曲线）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guided by modelled withdrawal pressure</source>
        <translation>按模型估算的戒断压力引导</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Each step cuts a fixed percentage of the dose taken at that time, so the cuts get smaller as the dose falls.</source>
        <translation>每一步减去当时剂量的固定百分比，因此随剂量降低，每次减量幅度逐渐变小。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each step cuts the same number of mg per day. Late cuts are large relative to the dose; use with care.</source>
        <translation>每一步每日减去相同的毫克数。后期减幅相对剂量较大，请谨慎使用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each step lowers the modelled receptor occupancy by at most the given number of percentage points (Maudsley hyperbolic tapering).</source>
        <translation>每一步使模型估算的受体占有率下降不超过设定的百分点数（Maudsley 双曲线减量法）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steps are chosen so the modelled withdrawal pressure stays under a cap. Modelled, not a prediction for this patient.</source>
        <translation>逐步选择减量幅度，使模型估算的戒断压力保持在上限以下。此为模型估算，并非对该患者的预测。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Daytime doses first</source>
        <translation>先减白天剂量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Night dose first</source>
        <translation>先减夜间剂量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All doses in proportion</source>
        <translation>各次剂量按比例减</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tablets</source>
        <translation>片剂</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oral liquid</source>
        <translation>口服溶液</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tablets and oral liquid</source>
        <translation>片剂和口服溶液</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Information</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Switch</source>
        <translation>换药</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reduction</source>
        <translation>减量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold</source>
        <translation>维持</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>停药</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Increase</source>
        <translation>加量</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>European Union</source>
        <translation>欧盟</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ashton Manual</source>
        <translation>Ashton 手册</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VA/DoD (ASAM 2025 Table 7)</source>
        <translation>VA/DoD（ASAM 2025 表 7）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NHS Scotland</source>
        <translation>NHS 苏格兰</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NSW Health</source>
        <translation>NSW Health（澳大利亚）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ClinCalc</source>
        <translation>ClinCalc</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 mg</source>
        <translation>%1 mg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 mL of %2/mL</source>
        <comment>liquid measure: volume of a strength per mL</comment>
        <translation>%1 mL（%2/mL）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mL of %2/%3 mL</source>
        <comment>liquid measure: volume of strength per volume</comment>
        <translation>%1 mL（%2/%3 mL）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>½ × %1</source>
        <comment>half a tablet of a strength (zh: 半片 %1)</comment>
        <translation>半片 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 × %2</source>
        <comment>whole tablets: count × strength (zh: %1 片 %2)</comment>
        <translation>%1 片 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 × %2</source>
        <comment>tablet pieces: count with fraction × strength (zh: %1 片 %2)</comment>
        <translation>%1 片 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moderate</source>
        <translation>中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>severe</source>
        <translation>严重</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>step %1 stops from %2/day diazepam-equivalent, more than a small dose</source>
        <translation>第 %1 步从每日 %2 地西泮等效剂量停药，高于小剂量</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>step %1 cuts %2 % (%3 → %4/day)</source>
        <translation>第 %1 步减量 %2%（每日 %3 → %4）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the region&apos;s liquid</source>
        <translation>本地区的口服溶液</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a compounded oral liquid of %1 mg/mL</source>
        <translation>浓度为 %1 mg/mL 的配制口服溶液</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a compounded oral liquid of %1 mg/mL with holds up to %2 days</source>
        <translation>浓度为 %1 mg/mL 的配制口服溶液，并将维持期延长至最多 %2 天</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a switch to %1</source>
        <translation>换用%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a switch to %1 (not suited: Beers criteria)</source>
        <translation>换用%1（不适合：Beers 标准）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>holds of up to %1 days</source>
        <translation>将维持期延长至最多 %1 天</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 (about %n week(s))</source>
        <translation>
            <numerusform>%1（约 %n 周）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The products cannot follow the plan&apos;s rule: %1.</source>
        <translation>现有药品无法按本计划的规则减量：%1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <location line="+2"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Nothing tried keeps to the rule; a slower rule or a specialist pharmacy preparation is needed.</source>
        <translation>所尝试的方案均无法符合规则；需要更慢的规则或专业药房配制的制剂。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What would work: %1.</source>
        <translation>可行的方案：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not enough or not suited: %1.</source>
        <translation>不足或不适合：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not give this plan to the patient unless a prescriber accepts it.</source>
        <translation>除非处方医生确认接受，否则不要将此计划交给患者。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Step %1 stops from a small dose (%2 % within two weeks): the final stop expected at the end of a taper.</source>
        <translation>第 %1 步从小剂量停药（两周内减 %2%）：这是减量末期预期的最终停药。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1 cuts %2 % within two weeks; ASAM 2025 says the pace should typically not exceed 25 % every 2 weeks. Hold it longer or use smaller steps.</source>
        <translation>第 %1 步在两周内减量 %2%；ASAM 2025 建议减量速度通常不超过每 2 周 25%。请延长维持时间或减小每步幅度。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1, the first cut, is %2 %; ASAM 2025 suggests 5–10 % to begin with.</source>
        <translation>第 %1 步（首次减量）减幅为 %2%；ASAM 2025 建议起始减幅为 5–10%。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Step %1 comes %n day(s) after the previous change; allow at least a week between changes.</source>
        <translation>
            <numerusform>第 %1 步距上次调整仅 %n 天；两次调整之间应至少间隔一周。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step %1: the switch raises the diazepam-equivalent dose by %2 %.</source>
        <translation>第 %1 步：换药使地西泮等效剂量增加 %2%。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step %1 increases the diazepam-equivalent dose by %2 %; a taper should not go up except to treat withdrawal.</source>
        <translation>第 %1 步使地西泮等效剂量增加 %2%；除为处理戒断症状外，减量过程中不应加量。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1 stops abruptly from %2/day diazepam equivalent. Taper to a small dose before stopping.</source>
        <translation>第 %1 步从每日 %2 地西泮等效剂量突然停药。请先减至小剂量再停药。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2/day is above the usual maximum of %3/day.</source>
        <translation>%1 每日 %2，超过常用最大剂量每日 %3。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opioid co-prescription: by Bliss independence, %1 % depression from the opioid and %2 % from the benzodiazepine leave %3 % of normal breathing drive, %4 % combined depression. This is an illustration, not a measurement: the real combination can be worse than independent. Review the opioid, warn about sedation, consider naloxone, and do not stop either medicine abruptly.</source>
        <translation>合用阿片类药物：按 Bliss 独立性，阿片类药物抑制 %1%、苯二氮䓬类抑制 %2%，剩余正常呼吸驱动 %3%，合计抑制 %4%。这只是示意，并非测量值：实际合用的影响可能比独立叠加更严重。请评估阿片类药物，告知镇静风险，考虑纳洛酮，且不要突然停用任何一种药物。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Kindling risk (%n earlier abrupt withdrawal(s)%1): advise a slower pace and never stop abruptly. The modelled pressure is raised accordingly.</source>
        <translation>
            <numerusform>点燃效应风险（既往 %n 次突然停药%1）：建议放慢减量速度，切勿突然停药。模型估算的戒断压力已相应提高。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, history of seizures</source>
        <translation>，有癫痫发作史</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Age 65 or over or liver impairment: long half-lives accumulate; the plan already uses a half-life multiplier.</source>
        <translation>65 岁及以上或肝功能损害：长半衰期药物易蓄积；本计划已使用半衰期倍数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age 65 or over or liver impairment: long half-lives accumulate. Set a half-life multiplier (about %1) so the model shows the slower fall, and prefer a slower pace.</source>
        <translation>65 岁及以上或肝功能损害：长半衰期药物易蓄积。请设置半衰期倍数（约 %1），使模型显示较慢的下降，并宜采用较慢的减量速度。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is also an antiepileptic: confirm the indication; if it is epilepsy, do not taper without the neurologist.</source>
        <translation>%1 同时是抗癫痫药：请确认适应证；如为癫痫，未经神经科医生参与不得减量。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prescribed for epilepsy: do not taper without the patient&apos;s neurologist.</source>
        <translation>用于治疗癫痫：未经患者的神经科医生参与不得减量。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Modelled interdose swing of %1 %: the level rises and falls by more than half within the day, so withdrawal can appear between doses. Consider switching to a long-acting drug such as diazepam.</source>
        <translation>模型估算的给药间期波动为 %1%：血药浓度一天内升降超过一半，戒断症状可能在两次服药之间出现。可考虑换用地西泮等长效药物。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 gives no diazepam equivalence for %2: %3 (%4 mg ≈ diazepam 10 mg) was used instead; treat equivalent doses as rough.</source>
        <translation>%1 未给出%2的地西泮等效剂量：改用 %3（%4 mg ≈ 地西泮 10 mg）；等效剂量仅供粗略参考。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The diazepam equivalence of %1 is not confirmed by a source; treat equivalent doses as rough.</source>
        <translation>%1 的地西泮等效剂量未经文献来源确认；等效剂量仅供粗略参考。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Equivalence sources disagree for %1; watch for over- or under-dosing after the switch.</source>
        <translation>各来源给出的 %1 等效剂量不一致；换药后注意剂量过高或不足。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1 cuts faster than the plan&apos;s own rule (%2 × the rule&apos;s pace), from a small dose near the end of the taper. A liquid would allow smaller steps.</source>
        <translation>第 %1 步在减量末期从小剂量减量，速度快于本计划自身规则（为规则速度的 %2 倍）。口服溶液可使步幅更小。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step %1 cuts faster than the plan&apos;s own rule (%2 × the rule&apos;s pace). Smaller steps need finer products (liquid or quarter tablets).</source>
        <translation>第 %1 步的减量速度快于本计划自身规则（为规则速度的 %2 倍）。更小的步幅需要更精细的药品规格（口服溶液或四分之一片）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step %1: the modelled withdrawal pressure reaches %2 on day %3, above the plan&apos;s cap of %4.</source>
        <translation>第 %1 步：模型估算的戒断压力在第 %3 天达到 %2，高于本方案的上限 %4。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The planner could not keep this step under the cap with the products and intervals allowed; see the step&apos;s notes.</source>
        <translation>在现有药品和允许的间隔下，规划器无法使此步保持在上限以下；请参阅该步的说明。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consider a longer stage or a smaller change.</source>
        <translation>可考虑延长该阶段或减小调整幅度。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Age %1: the plan switches to %2, a long-acting benzodiazepine that accumulates in older adults (sedation, falls, confusion). Alternative: taper the current drug itself in smaller steps (finer tablet pieces, a liquid or a compounded strength) with longer holds.</source>
        <translation>年龄 %1 岁：本计划换用%2，这是一种在老年人体内易蓄积的长效苯二氮䓬类药物（镇静、跌倒、意识混乱）。替代方案：直接以更小的步幅减停目前的药物（更细的分片、口服溶液或配制的规格），并延长维持期。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Z-drug: after each cut a few nights of rebound insomnia are expected and usually pass; it is not a reason to go back up. Offer cognitive behavioural therapy for insomnia (CBT-I), the first-line treatment, before and during the taper.</source>
        <translation>Z 类药物：每次减量后可能出现几晚反跳性失眠，通常会过去；这不是加回剂量的理由。请在减量前和减量期间提供失眠认知行为治疗（CBT-I），这是一线治疗。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pregnant: plan the taper with the obstetric team. Do not stop abruptly (withdrawal affects mother and fetus); a dose still taken near delivery can cause neonatal sedation or withdrawal, so tell the birth team.</source>
        <translation>妊娠：请与产科团队共同制定减量计划。不要突然停药（戒断会影响母亲和胎儿）；临近分娩时仍在服用可能导致新生儿镇静或戒断，请告知接生团队。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alcohol use: alcohol adds to the sedation and the breathing depression, and alcohol withdrawal also causes seizures. Ask about the amount, advise against drinking during the taper, and do not taper both at once without support.</source>
        <translation>饮酒：酒精会加重镇静和呼吸抑制，酒精戒断也会引起癫痫发作。请询问饮酒量，建议减量期间不要饮酒，没有支持的情况下不要同时减停两者。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The modelled withdrawal pressure peaks during the crossover: %1 (%2) on day %3. See the patient in these days; longer stages, or switching part of a dose at a time, make the switch gentler. Modelled, not a prediction.</source>
        <translation>模型估算的戒断压力在换药期间达到峰值：第 %3 天为 %1（%2）。请在这几天随访患者；延长每个阶段或每次只换一部分剂量可使换药更平稳。此为模型估算，并非预测。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1: %2 at %3/day diazepam-equivalent (at or above %4/day, where modelled receptor occupancy passes half) can cause drowsiness, especially in the first days of the switch. Advise the patient not to drive or use machines while drowsy.</source>
        <translation>第 %1 步：%2 每日 %3 地西泮等效剂量（达到或高于每日 %4，即模型估算的受体占有率超过一半）可能引起嗜睡，尤其在换药最初几天。请告知患者嗜睡时不要驾驶或操作机器。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a parameter the model reads: it is kept in the plan but changes nothing. Check its spelling.</source>
        <translation>%1 不是模型读取的参数：它保留在计划中，但不起任何作用。请检查拼写。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lento model: kindling adjustment</source>
        <translation>Lento 模型：点燃效应校正</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lento model: interdose swing</source>
        <translation>Lento 模型：给药间隔内波动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lento model: Bliss independence</source>
        <translation>Lento 模型：Bliss 独立性</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>The plan&apos;s own rule, as generated</source>
        <translation>本计划自身的减量规则（生成时设定）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lento model: withdrawal pressure</source>
        <translation>Lento 模型：戒断压力</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lento model: occupancy midpoint (Maudsley Deprescribing Guidelines 2024)</source>
        <translation>Lento 模型：占有率中点（Maudsley 减停指南 2024）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan&apos;s own pressure cap (modelled, not a prediction)</source>
        <translation>本计划自身的压力上限（模型估算，并非预测）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan document format: drug overrides</source>
        <translation>计划文件格式：药物参数覆盖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan document format (lento-plan/1)</source>
        <translation>计划文件格式（lento-plan/1）</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../ui/report/calendartable.cpp" line="+122"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to take</source>
        <translation>服用方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick each day</source>
        <translation>每日服药后打勾</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+76"/>
        <source>From %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From %1 onwards</source>
        <translation>自 %1 起持续服用</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+88"/>
        <source>to %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 day</source>
        <translation>共 1 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation>共 %1 天</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>Change of medicine</source>
        <translation>换药</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>↓ Lower dose</source>
        <translation>↓ 减量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Higher dose</source>
        <translation>加量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New times</source>
        <translation>服药时间调整</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No product makes this amount exactly: ask your pharmacist how to measure it.</source>
        <translation>现有药品无法准确配出此剂量：请咨询药师如何量取。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stop: nothing more to take.</source>
        <translation>停药：此后不再服用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take any medicine you have left back to the pharmacy.</source>
        <translation>请将剩余的药品交回药房。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Each day in total: %1</source>
        <translation>每日合计：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same as you take now.</source>
        <translation>与您目前的服用方法相同。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep taking this dose until your prescriber reviews it.</source>
        <translation>请继续按此剂量服用，直到医生复诊调整。</translation>
    </message>
    <message>
        <location filename="../ui/report/dosechart.cpp" line="+99"/>
        <source>mg a day</source>
        <translation>mg/日</translation>
    </message>
    <message>
        <location filename="../ui/report/handoutcontent.cpp" line="+48"/>
        <source>Your plan for reducing and stopping %1</source>
        <translation>您的%1减量及停药计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your plan for reducing %1</source>
        <translation>您的%1减量计划</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (record no. %2)</source>
        <translation>%1（病历号：%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+306"/>
        <location filename="../ui/report/supplytable.cpp" line="+17"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="-303"/>
        <source>from %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prescriber</source>
        <translation>处方医生</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan dates</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>About your plan</source>
        <translation>关于您的计划</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First, your %1 is changed over to %2, one dose at a time: %2 stays in the body longer, so its dose can be lowered in smaller, smoother steps.</source>
        <translation>首先，您服用的%1将逐次换成%2，每次只换一个服药时间。%2在体内作用时间更长，因此可以更小、更平稳地逐步减量。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This plan lowers your dose of %1 a little at a time, until you no longer take it.</source>
        <translation>本计划将一点一点地减少您的%1剂量，直到您不再需要服用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It starts on &lt;b&gt;%1&lt;/b&gt;, and your last dose is on &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>计划于&lt;b&gt;%1&lt;/b&gt;开始，最后一次服药在&lt;b&gt;%2&lt;/b&gt;。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This plan lowers your dose of %1 a little at a time, to %2 a day.</source>
        <translation>本计划将一点一点地减少您的%1剂量，减至每日%2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It starts on &lt;b&gt;%1&lt;/b&gt;, and the last change is on &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>计划于&lt;b&gt;%1&lt;/b&gt;开始，最后一次调整在&lt;b&gt;%2&lt;/b&gt;。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>While you take %1 or more of %2 a day, you may feel drowsy or slow, most of all in the first days of the change. Do not drive, cycle or use machines while you feel drowsy.</source>
        <translation>每天服用%2 %1 或以上时，您可能会感到困倦或反应变慢，尤其在换药的最初几天。感到困倦时不要驾驶、骑车或操作机器。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why slowly</source>
        <translation>为什么要慢慢减</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your body has got used to this medicine. Lowering the dose in small steps gives your brain time to adjust, so withdrawal symptoms stay milder. Stopping suddenly can be dangerous.</source>
        <translation>您的身体已经适应了这种药物。小步慢减能让大脑有时间重新适应，戒断症状也会更轻。突然停药可能有危险。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Your last step is larger than usual&lt;/b&gt;, because smaller doses cannot be made from your medicines. Your prescriber has checked this. Take every dose until the last day shown, and tell your prescriber before that day if the steps have been hard: the end can be made gentler.</source>
        <translation>&lt;b&gt;您的最后一步比通常大&lt;/b&gt;，因为现有药品配不出更小的剂量。您的医生已确认过这一点。请按日历服药直到最后一天；如果之前的减量让您感到困难，请在那天之前告诉医生：结尾可以安排得更平缓。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needing the medicine is not addiction</source>
        <translation>身体依赖不等于成瘾</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After regular use, the body needs the medicine to feel normal. This is called physical dependence. It is an expected effect of the medicine: it is not addiction, and it is not your fault.</source>
        <translation>规律服用一段时间后，身体需要这种药物才能感觉正常，这叫做“身体依赖”。这是该药物可以预料的作用：它不是成瘾，也不是您的错。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can pause</source>
        <translation>可以暂停</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If a step feels too hard, the plan can wait: stay on the same dose for longer before the next step. Talk to your prescriber. Going slower is always allowed; going faster is not.</source>
        <translation>如果某一步感觉太难，计划可以等一等：在同一剂量上多停留一段时间，再进行下一步。请与您的医生沟通。放慢速度总是可以的，加快速度则不行。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your daily dose over time</source>
        <translation>您每日剂量的变化</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your calendar</source>
        <translation>您的服药日历</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take exactly what is written for each day, at the times shown.</source>
        <translation>请严格按照每天写明的剂量，在标明的时间服用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick the box for a day once you have taken all of that day&apos;s doses.</source>
        <translation>当天所有剂量都服用后，请在当天的方框内打勾。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use a tablet cutter for halves and quarters; your pharmacist can show you how.</source>
        <translation>半片和四分之一片请用切药器分切，药师可以教您如何使用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure the liquid with the oral syringe from the pharmacy, never with a kitchen spoon.</source>
        <translation>口服溶液请用药房提供的口服注射器量取，切勿用厨房汤匙。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What withdrawal can feel like</source>
        <translation>戒断反应可能有哪些感受</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the dose goes down you may notice some of these. They are common, and they usually ease as your body adjusts:</source>
        <translation>剂量减少时，您可能会出现以下一些情况。这些情况很常见，通常会随着身体的适应而逐渐减轻：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Low or changeable mood, worry, and poor sleep</source>
        <translation>情绪低落或起伏、焦虑担心、睡眠不好</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A racing or pounding heart, and sweating</source>
        <translation>心跳加快或心慌、出汗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shaking hands (tremor)</source>
        <translation>手抖（震颤）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being bothered by light and sound</source>
        <translation>对光线和声音敏感</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tingling, pins and needles, or numbness</source>
        <translation>刺痛、针扎感或麻木</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When it is hard</source>
        <translation>感到难受时怎么办</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact your prescriber, &lt;b&gt;%1&lt;/b&gt;, on &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>请联系您的医生&lt;b&gt;%1&lt;/b&gt;，电话&lt;b&gt;%2&lt;/b&gt;。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact your prescriber, &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>请联系您的医生&lt;b&gt;%1&lt;/b&gt;。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact your prescriber on &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>请联系您的医生，电话&lt;b&gt;%1&lt;/b&gt;。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact your prescriber.</source>
        <translation>请联系您的医生。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Hold&lt;/b&gt;: stay on the dose you take now until you feel steadier. The next step can wait.</source>
        <translation>&lt;b&gt;维持&lt;/b&gt;：继续服用目前的剂量，直到您感觉稳定一些。下一步可以往后推。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not take extra doses, or medicine from anyone else.</source>
        <translation>不要额外加服，也不要服用从他人处得到的药物。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A seizure (fit)</source>
        <translation>癫痫发作（抽搐）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confusion, or not knowing where you are</source>
        <translation>意识混乱，或不知道自己身在何处</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seeing or hearing things that are not there (hallucinations)</source>
        <translation>看到或听到并不存在的东西（幻觉）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thoughts of harming yourself or of ending your life</source>
        <translation>有伤害自己或结束生命的念头</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Your next appointment</source>
        <translation>您的下次复诊</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 at %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please bring this handout with you.</source>
        <translation>复诊时请带上这份说明。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prescriber&apos;s signature:</source>
        <translation>医生签名：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For the prescriber and the pharmacy</source>
        <translation>供处方医生和药房使用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not part of the patient&apos;s instructions. The quantity of each product the calendar uses in every %1-day prescription period, so that the prescription and the dispensing match the calendar.</source>
        <translation>本页不属于患者服药说明。下表列出服药日历在每个%1天处方周期内所需的各药品数量，使处方和配药与日历一致。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Patient: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>患者：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plan: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>计划：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Tablets are rounded up to whole tablets in each period, liquids to whole millilitres.</source>
        <translation>片剂在每个周期内向上取整为整片，口服溶液向上取整为整毫升。</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>&lt;b&gt;Never skip ahead&lt;/b&gt; to a lower dose, and never stop earlier than your calendar shows.</source>
        <translation>&lt;b&gt;切勿提前&lt;/b&gt;换到更低的剂量，也不要比日历规定的时间更早停药。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Get urgent medical help straight away (call %1 for an ambulance or go to an emergency department) if you have:</source>
        <translation>如出现以下情况，请立即寻求紧急医疗帮助（拨打 %1 叫救护车，或前往急诊科）：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You also take an opioid: do not change either medicine on your own.</source>
        <translation>您同时在服用阿片类药物：不要自行更改任何一种药物。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Together the two medicines can slow your breathing. Take both exactly as prescribed; do not stop or change either of them without your prescriber, and do not drink alcohol.</source>
        <translation>两种药物合用可能使呼吸减慢。请严格按处方服用两种药物；未经医生同意，不要停用或更改其中任何一种，也不要饮酒。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you are very sleepy, or your breathing is slow or shallow, get urgent medical help.</source>
        <translation>如果您非常困倦，或呼吸缓慢、变浅，请立即寻求紧急医疗帮助。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not drink alcohol with this medicine, and take care with opioids.</source>
        <translation>服用本药期间不要饮酒，并慎用阿片类药物。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opioids include painkillers such as codeine, tramadol, morphine and oxycodone, and some cough medicines. Together with this medicine they can slow or stop your breathing. If one is prescribed for you, do not stop or change either medicine on your own: ask your prescriber.</source>
        <translation>阿片类药物包括可待因、曲马多、吗啡、羟考酮等止痛药，以及一些止咳药。与本药合用可能使呼吸减慢甚至停止。如果医生为您开了这类药物，不要自行停用或更改任何一种药物：请咨询您的医生。</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>From %1 the dose stays the same; every %2 days after that: %3.</source>
        <translation>自%1起剂量保持不变；此后每%2天需要：%3。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2: %3 %4 cannot be made from the products.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，%2：%3 %4 无法用现有药品配出。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Doses the products cannot make</source>
        <translation>现有药品无法配出的剂量</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes on the steps (for clinicians)</source>
        <translation>各阶段备注（仅供医务人员）</translation>
    </message>
    <message>
        <location filename="../ui/report/handoutphrases.cpp" line="+43"/>
        <source>Morning</source>
        <translation>早上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Midday</source>
        <translation>中午</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afternoon</source>
        <translation>下午</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evening</source>
        <translation>傍晚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Night</source>
        <translation>晚上</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 mL of the %2 liquid</source>
        <translation>%2 口服溶液 %1 mL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>¼ of a %1 mg tablet</source>
        <translation>%1 mg 片剂 1/4 片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>½ of a %1 mg tablet</source>
        <translation>%1 mg 片剂 半片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>¾ of a %1 mg tablet</source>
        <translation>%1 mg 片剂 3/4 片</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 × %1 mg capsule</source>
        <translation>%1 mg 胶囊 1 粒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 × %1 mg tablet</source>
        <translation>%1 mg 片剂 1 片</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 and a half × %2 mg capsules</source>
        <translation>%2 mg 胶囊 %1粒半</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 and a half × %2 mg tablets</source>
        <translation>%2 mg 片剂 %1片半</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and a quarter × %2 mg tablets</source>
        <translation>%2 mg 片剂 %1又四分之一片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 and three quarters × %2 mg tablets</source>
        <translation>%2 mg 片剂 %1又四分之三片</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 × %2 mg capsules</source>
        <translation>%2 mg 胶囊 %1 粒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 × %2 mg tablets</source>
        <translation>%2 mg 片剂 %1 片</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 and %2</source>
        <translation>%1，加 %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 oral liquid</source>
        <translation>%1 口服溶液</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 mg capsule</source>
        <translation>%1 mg 胶囊</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 mg tablet</source>
        <translation>%1 mg 片剂</translation>
    </message>
    <message>
        <location filename="../ui/report/handoutrenderer.cpp" line="+148"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../ui/report/supplytable.cpp" line="+11"/>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(mL)</source>
        <translation>（mL）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(capsules)</source>
        <translation>（粒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(tablets)</source>
        <translation>（片）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 mL</source>
        <translation>%1 mL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 capsule</source>
        <translation>1 粒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 capsules</source>
        <translation>%1 粒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 tablet</source>
        <translation>1 片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 tablets</source>
        <translation>%1 片</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Whole plan</source>
        <translation>整个计划</translation>
    </message>
</context>
<context>
    <name>HandoutActions</name>
    <message>
        <location filename="../ui/handoutactions.cpp" line="+48"/>
        <source>Critical findings</source>
        <translation>严重问题</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>This plan has %n critical finding(s). Give it to the patient only if you accept them.</source>
        <translation>
            <numerusform>此计划有 %n 个严重问题。只有在您接受这些问题后才能交给患者。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accept and continue</source>
        <translation>接受并继续</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <location line="+9"/>
        <source>Print handout</source>
        <translation>打印患者说明</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The handout cannot be printed: %1</source>
        <translation>无法打印患者说明：%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The handout could not be printed: %1</source>
        <translation>患者说明打印失败：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+17"/>
        <source>Export handout</source>
        <translation>导出患者说明</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The handout cannot be exported: %1</source>
        <translation>无法导出患者说明：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export handout as PDF</source>
        <translation>将患者说明导出为 PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The handout was not saved: %1</source>
        <translation>患者说明未保存：%1</translation>
    </message>
</context>
<context>
    <name>HandoutRenderer</name>
    <message>
        <location filename="../ui/report/handoutrenderer.cpp" line="-106"/>
        <source>must be one of %1 (got &apos;%2&apos;)</source>
        <translation>必须是 %1 之一（收到“%2”）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be between 1 and 365 days (got %1)</source>
        <translation>必须在 1 到 365 天之间（收到 %1）</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>the plan has %n critical finding(s) that a prescriber must accept first: %1</source>
        <translation>
            <numerusform>此计划有 %n 个严重问题，须先由处方医生确认接受：%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the plan has no start date; give the date the plan starts</source>
        <translation>计划没有开始日期；请填写计划开始的日期</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the calendar would list %1 doses; a handout lists at most %2. Print the plan in parts.</source>
        <translation>日历将列出 %1 次服药；一份患者说明最多列出 %2 次。请将方案分段打印。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the page is too small for a handout</source>
        <translation>纸张太小，无法排版患者说明</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot start painting the handout</source>
        <translation>无法开始绘制患者说明</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot start page %1 of the handout</source>
        <translation>无法开始患者说明的第 %1 页</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot finish the handout</source>
        <translation>无法完成患者说明</translation>
    </message>
</context>
<context>
    <name>HandoutSchedule</name>
    <message>
        <location filename="../ui/report/handoutschedule.cpp" line="+202"/>
        <source>%1, %2: no product makes %3 mg of %4</source>
        <translation>%1，%2：没有任何产品能配出 %3 mg 的 %4</translation>
    </message>
</context>
<context>
    <name>HistorySummary</name>
    <message>
        <location filename="../ui/report/historysummary.cpp" line="+121"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <location filename="../ui/historytext.cpp" line="+36"/>
        <source>BP %1/%2</source>
        <translation>血压 %1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BP %1 systolic</source>
        <translation>收缩压 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pulse %1</source>
        <translation>脉搏 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resp. %1</source>
        <translation>呼吸 %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 mg/day deq.</source>
        <translation>%1 mg/日（地西泮等效）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 mg/day</source>
        <translation>%1 mg/日</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mg/day diazepam-equivalent (deq.)</source>
        <translation>mg/日 地西泮等效剂量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mg/day of %1</source>
        <translation>mg/日（%1）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No taper plan in progress.</source>
        <translation>目前没有进行中的减量计划。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan “%1” not started yet (starts %2).</source>
        <translation>计划“%1”尚未开始（%2 开始）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan “%1” not started yet.</source>
        <translation>计划“%1”尚未开始。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tapering since %1 (plan “%2”)</source>
        <translation>自 %1 起减量中（计划“%2”）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; last step planned for %1</source>
        <translation>；最后一步计划于 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Taper ended %1; follow-up finished.</source>
        <translation>减量已于 %1 结束；随访已完成。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No doses recorded at visits yet, so adherence cannot be worked out.</source>
        <translation>就诊时尚未记录服药剂量，因此无法计算依从性。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Doses recorded from %1 to %2: on plan on %3 of %4 recorded days (%5 %).</source>
        <translation>%1 至 %2 期间记录的服药：在 %4 个有记录的日子中，%3 天符合计划（%5%）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Planned reductions so far: %1 — %2 faster, %3 on time, %4 slower than planned, %5 not judged from the records.</source>
        <translation>迄今计划的减量：%1 次 — 提前 %2 次，按时 %3 次，晚于计划 %4 次，%5 次无法根据记录判断。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Decisions at visits: hold %1, slow down %2, step back %3.</source>
        <translation>就诊时的决定：维持 %1 次，放慢 %2 次，退回 %3 次。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Doses of %1 could not be converted to diazepam-equivalent and are left out.</source>
        <translation>%1 的剂量无法换算为地西泮等效剂量，已略去。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned</source>
        <translation>计划剂量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CIWA-B</source>
        <translation>CIWA-B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BWSQ</source>
        <translation>BWSQ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vitals</source>
        <translation>生命体征</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+19"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mild</source>
        <translation>轻度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moderate</source>
        <translation>中度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>severe</source>
        <translation>重度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>very severe</source>
        <translation>极重度</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 month</source>
        <translation>1 个月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold</source>
        <translation>维持</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slow down</source>
        <translation>放慢</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step back</source>
        <translation>退回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>停止减量</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Taper ended %1; in follow-up after the taper (%2 so far).</source>
        <translation>减量已于 %1 结束；目前处于减量后随访期（已 %2）。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Held above the planned dose on %1; below it on %2.</source>
        <translation>有 %1高于计划剂量，%2低于计划剂量。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No dose recorded on %1 of that period.</source>
        <translation>该期间有 %1未记录剂量。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>On plan: within %1 % (at least %2 mg) of the planned daily dose. A reduction reached within %3 of its date is on time.</source>
        <translation>符合计划：与计划日剂量相差不超过 %1%（至少 %2 mg）。减量在计划日期后 %3内达到即为按时。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Taken</source>
        <translation>实际服用</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>操作者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In force</source>
        <translation>生效期</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never</source>
        <translation>从未生效</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Planned date</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reduction</source>
        <translation>减量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reached</source>
        <translation>实际达到</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>faster than planned</source>
        <translation>快于计划</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on time</source>
        <translation>按时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>slower than planned</source>
        <translation>慢于计划</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not reached yet</source>
        <translation>尚未达到</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not known from the records</source>
        <translation>无法根据记录判断</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>same day</source>
        <translation>同一天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 later</source>
        <translation>晚 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 earlier</source>
        <translation>早 %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>plan versions: %1; visits: %2; from %3 to %4</source>
        <translation>计划版本：%1 个；就诊：%2 次；%3 至 %4</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>. </source>
        <translation>。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Planned and taken: mean %1 over the days each visit records. CIWA-B bands: band set %2; BWSQ: band set %3. Scale totals follow symptoms; no score is validated for choosing a dose decision.</source>
        <translation>计划剂量与实际服用剂量：按每次就诊所记录的天数取平均值（%1）。CIWA-B 分级：分级标准 %2；BWSQ：分级标准 %3。量表总分反映症状变化；没有任何评分经过验证可用于决定剂量调整。</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Taper history: %1</source>
        <translation>减量历程：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed %1</source>
        <translation>打印于 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed %1 by %2</source>
        <translation>%1 由 %2 打印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifier</source>
        <translation>病历号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where things stand</source>
        <translation>当前状况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doses shown in</source>
        <translation>剂量单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planned dose: the plan version in force on each day. Withdrawal pressure is modelled from that plan; it describes the plan, not this patient&apos;s symptoms. Shaded: follow-up after the taper.</source>
        <translation>计划剂量：每天生效的计划版本中的剂量。戒断压力是根据该计划进行的模型估算；它描述的是计划，而非该患者的症状。阴影部分：减量结束后的随访期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adherence</source>
        <translation>依从性</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Version %1 (%2, %3)</source>
        <translation>版本 %1（%2，%3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> “%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes between plan versions</source>
        <translation>计划版本之间的变更</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Visits</source>
        <translation>就诊记录</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planned reductions and when they were reached</source>
        <translation>计划的减量及实际达到时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan versions</source>
        <translation>计划版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lento is a planning aid. Every pressure figure is modelled from the plan and does not predict this patient&apos;s withdrawal; clinical judgement decides.</source>
        <translation>Lento 是计划辅助工具。所有戒断压力数值均为根据计划的模型估算，不能预测该患者的戒断反应；应以临床判断为准。</translation>
    </message>
</context>
<context>
    <name>Lento</name>
    <message>
        <location filename="../app/main.cpp" line="+134"/>
        <source>The built-in drug catalogue is invalid: %1</source>
        <translation>内置药物目录无效：%1</translation>
    </message>
</context>
<context>
    <name>NameOnlyIconProvider</name>
    <message>
        <location filename="../ui/nameonlyiconprovider.cpp" line="+34"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 file</source>
        <translation>%1 文件</translation>
    </message>
</context>
<context>
    <name>PatientFilters</name>
    <message>
        <location filename="../ui/patientfilters.cpp" line="+173"/>
        <source>All patients</source>
        <translation>全部患者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active taper</source>
        <translation>减量进行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taper completed</source>
        <translation>减量已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In follow-up</source>
        <translation>随访中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit overdue</source>
        <translation>复诊逾期</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No plan</source>
        <translation>无计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tapering</source>
        <translation>减量中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up after the taper</source>
        <translation>减量后随访</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up finished</source>
        <translation>随访已结束</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abandoned</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Visit overdue by 1 day</source>
        <translation>复诊已逾期 1 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit overdue by %1 days</source>
        <translation>复诊已逾期 %1 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next visit due %1</source>
        <translation>下次复诊：%1</translation>
    </message>
</context>
<context>
    <name>PatientRecords</name>
    <message>
        <location filename="../ui/patientrecords.cpp" line="+54"/>
        <location line="+8"/>
        <source>New patient</source>
        <translation>新建患者</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+29"/>
        <source>Identifier: %1 is already used by another patient.</source>
        <translation>病历号：%1 已被另一位患者使用。</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The patient could not be added: %1</source>
        <translation>无法添加患者：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The patient was added, but some medications were not: %1</source>
        <translation>患者已添加，但部分用药未能添加：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+13"/>
        <source>Edit patient</source>
        <translation>编辑患者</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The patient was changed elsewhere after you opened the form; the newest details are shown now. Please make your changes again.</source>
        <translation>您打开表单后，该患者信息已在别处被修改；现在显示的是最新信息。请重新进行修改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The patient could not be saved: %1</source>
        <translation>无法保存患者：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Some medications could not be saved: %1</source>
        <translation>部分用药无法保存：%1</translation>
    </message>
</context>
<context>
    <name>PlanEdits</name>
    <message>
        <location filename="../ui/planedits.cpp" line="+33"/>
        <source>Step %1, %2</source>
        <translation>第 %1 步，%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+177"/>
        <location line="+64"/>
        <location line="+44"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message numerus="yes">
        <location line="-285"/>
        <source>there is no step %1 (the plan has %n step(s))</source>
        <translation>
            <numerusform>没有第 %1 步（本计划共 %n 步）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 at %2 (mg)</source>
        <translation>%1 %2 剂量（mg）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be between 0 and %1 mg</source>
        <translation>必须在 0 到 %1 mg 之间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the time must be between 00:00 and 23:59</source>
        <translation>时间必须在 00:00 到 23:59 之间</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+71"/>
        <location line="+15"/>
        <location line="+17"/>
        <location line="+17"/>
        <location line="+14"/>
        <location line="+41"/>
        <location line="+23"/>
        <location line="+27"/>
        <location line="+17"/>
        <location line="+31"/>
        <location line="+10"/>
        <source>no drug catalogue is loaded</source>
        <translation>未加载药物目录</translation>
    </message>
    <message>
        <location line="-281"/>
        <location line="+36"/>
        <source>&quot;%1&quot; is not a drug in the catalogue or the plan</source>
        <translation>“%1”不是药物目录或本计划中的药物</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+38"/>
        <source>%1 mg cannot be made from the selected products; rounded to %2 mg.</source>
        <translation>所选药品无法配出 %1 mg；已取整为 %2 mg。</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+33"/>
        <location line="+15"/>
        <source>drug</source>
        <translation>药物</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>must be between 00:00 and 23:59</source>
        <translation>必须在 00:00 到 23:59 之间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amount (mg)</source>
        <translation>剂量（mg）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be more than 0 and at most %1 mg; use Remove dose to take a dose out</source>
        <translation>必须大于 0 且不超过 %1 mg；如要去掉一次剂量，请使用“删除剂量”</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+32"/>
        <location line="+2"/>
        <source>dose</source>
        <translation>剂量</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+32"/>
        <source>there is no dose %1 in this step</source>
        <translation>本步骤中没有第 %1 个剂量</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+104"/>
        <source>duration (days)</source>
        <translation>持续时间（天）</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>the last step has no length: it lasts to the end of the plan</source>
        <translation>最后一步没有时长：它持续到计划结束</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+55"/>
        <source>must be between 1 and %1</source>
        <translation>必须在 1 到 %1 之间</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Hold (days)</source>
        <translation>维持（天）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the last step already lasts to the end of the plan; lengthen the step before it instead</source>
        <translation>最后一步已持续到计划结束；请改为延长它之前的步骤</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the last step lasts to the end of the plan and cannot be split; insert a step after it instead</source>
        <translation>最后一步持续到计划结束，无法拆分；请改为在其后插入步骤</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>a step of %n day(s) is too short to split</source>
        <translation>
            <numerusform>%n 天的步骤太短，无法拆分</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the last step has no following step to merge with</source>
        <translation>最后一步之后没有可合并的步骤</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>must be at most 1000 characters</source>
        <translation>不能超过 1000 个字符</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>is not a valid date</source>
        <translation>不是有效日期</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>re-generate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing is taken at this step, so there is nothing left to taper</source>
        <translation>此步骤已不服用任何药物，无需再减量</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the planner made no further steps from these doses</source>
        <translation>计划程序未能从这些剂量生成更多步骤</translation>
    </message>
</context>
<context>
    <name>PlanFiles</name>
    <message>
        <location filename="../ui/planfiles.cpp" line="+20"/>
        <source>cannot be opened: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is too large to be a plan document (%1 MB)</source>
        <translation>文件过大，不是计划文档（%1 MB）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a valid lento-plan/1 document: %1</source>
        <translation>不是有效的 lento-plan/1 文档：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The backup to %1 failed: %2</source>
        <translation>备份到 %1 失败：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 exists and cannot be replaced.</source>
        <translation>%1 已存在且无法替换。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup was written to %1 but could not be renamed to %2.</source>
        <translation>备份已写入 %1，但无法重命名为 %2。</translation>
    </message>
</context>
<context>
    <name>SavePrompts</name>
    <message>
        <location filename="../ui/saveprompts.cpp" line="+15"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan for %1 has changes that are not saved.</source>
        <translation>%1 的计划有未保存的更改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save them as a new version?</source>
        <translation>是否保存为新版本？</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The database is read-only; the changes will be lost.</source>
        <translation>数据库为只读；这些更改将会丢失。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save plan</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment for the plan&apos;s first version (optional):</source>
        <translation>计划首个版本说明（可选）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment for the new version (optional):</source>
        <translation>新版本说明（可选）：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Version %1 was saved by %2 at %3.</source>
        <translation>第 %1 版由 %2 于 %3 保存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>someone</source>
        <translation>其他用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan changed elsewhere</source>
        <translation>计划已在别处被修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This plan was changed after you opened it. %1</source>
        <translation>您打开此计划后，它已被修改。%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload opens the newest version and discards your changes. Save as new plan keeps both: your changes become a separate plan branched from the version you edited.</source>
        <translation>“重新加载”将打开最新版本并放弃您的更改。“另存为新计划”会保留两者：您的更改将成为从您所编辑版本分出的一个独立计划。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reload newest version</source>
        <translation>重新加载最新版本(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as &amp;new plan</source>
        <translation>另存为新计划(&amp;N)</translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message>
        <location filename="../ui/storeopener.cpp" line="+19"/>
        <source>The file failed the database integrity check; it has not been changed.</source>
        <translation>该文件未通过数据库完整性检查；文件未被更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is locked by another program.</source>
        <translation>该文件已被其他程序锁定。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file was written by a newer version of Lento.</source>
        <translation>该文件由更新版本的 Lento 写入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full.</source>
        <translation>磁盘已满。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file does not exist.</source>
        <translation>该文件不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file cannot be written.</source>
        <translation>该文件无法写入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not a Lento database.</source>
        <translation>该文件不是 Lento 数据库。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file could not be opened.</source>
        <translation>无法打开该文件。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lento cannot open the patient database
%1

%2
(%3)</source>
        <translation>Lento 无法打开患者数据库
%1

%2
（%3）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Patient database</source>
        <translation>患者数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose another file…</source>
        <translation>选择其他文件(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a patient database</source>
        <translation>选择患者数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lento databases (*.sqlite);;All files (*)</source>
        <translation>Lento 数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>VisitReplan</name>
    <message>
        <location filename="../core/visitreplan.cpp" line="+40"/>
        <source>start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the plan has no start date</source>
        <translation>该计划没有开始日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+83"/>
        <source>visit date</source>
        <translation>就诊日期</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>the visit is before the plan starts</source>
        <translation>就诊日期早于计划开始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the taper had already ended on the visit date</source>
        <translation>就诊当日减量已经结束</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>re-plan</source>
        <translation>重新制定计划</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the planner made no further steps from the doses taken</source>
        <translation>规划器无法根据实际服用剂量生成后续步骤</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the visit falls in the first step: there is no earlier dose to return to</source>
        <translation>就诊处于第一步：没有更早的剂量可以退回</translation>
    </message>
</context>
<context>
    <name>WithdrawalScales</name>
    <message>
        <location filename="../core/withdrawalscales.cpp" line="+17"/>
        <source>Do you feel irritable?</source>
        <translation>您是否感到烦躁易怒？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you feel fatigued or tired?</source>
        <translation>您是否感到疲劳或乏力？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you feel tense?</source>
        <translation>您是否感到紧张？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you have difficulty concentrating?</source>
        <translation>您是否难以集中注意力？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you have any loss of appetite?</source>
        <translation>您是否有食欲减退？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any numbness or burning on your face, hands or feet?</source>
        <translation>面部、手或脚是否有麻木或烧灼感？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you feel your heart racing (palpitations)?</source>
        <translation>您是否感到心跳加快（心悸）？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does your head feel full or achy?</source>
        <translation>您是否感到头部发胀或疼痛？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you feel muscle aches or stiffness?</source>
        <translation>您是否感到肌肉酸痛或僵硬？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you feel anxious, nervous or jittery?</source>
        <translation>您是否感到焦虑、紧张或心神不宁？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you feel upset?</source>
        <translation>您是否感到心烦意乱？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How restful was your sleep last night?</source>
        <translation>您昨晚睡得安稳吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you feel weak?</source>
        <translation>您是否感到虚弱无力？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you think you did not have enough sleep last night?</source>
        <translation>您是否觉得昨晚睡眠不足？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any visual disturbances (sensitivity to light, blurred vision)?</source>
        <translation>是否有视觉障碍（畏光、视物模糊）？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Are you fearful?</source>
        <translation>您是否感到恐惧？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have you been worrying about possible misfortunes lately?</source>
        <translation>您最近是否一直担心可能发生不幸的事？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observe: sweating, restlessness, agitation</source>
        <translation>观察：出汗、坐立不安、激越</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observe: tremor</source>
        <translation>观察：震颤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observe: feel palms for sweating</source>
        <translation>观察：触摸手掌是否出汗</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Feeling unreal</source>
        <translation>不真实感</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very sensitive to noise</source>
        <translation>对声音非常敏感</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very sensitive to light</source>
        <translation>对光线非常敏感</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very sensitive to smell</source>
        <translation>对气味非常敏感</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very sensitive to touch</source>
        <translation>对触碰非常敏感</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peculiar taste in the mouth</source>
        <translation>口中有怪味</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pains in the muscles</source>
        <translation>肌肉疼痛</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Muscle twitching</source>
        <translation>肌肉抽动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shaking or trembling</source>
        <translation>颤抖或发抖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pins and needles</source>
        <translation>针刺感（发麻）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dizziness</source>
        <translation>头晕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling faint</source>
        <translation>快要晕倒的感觉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling sick</source>
        <translation>恶心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling depressed</source>
        <translation>情绪低落</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sore eyes</source>
        <translation>眼睛疼痛</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling of things moving that are still</source>
        <translation>感觉静止的东西在移动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seeing or hearing things that are not there</source>
        <translation>看到或听到并不存在的东西</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unable to control movements</source>
        <translation>无法控制动作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss of memory</source>
        <translation>记忆丧失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss of appetite</source>
        <translation>食欲减退</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mild</source>
        <translation>轻度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moderate</source>
        <translation>中度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>severe</source>
        <translation>重度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very severe</source>
        <translation>极重度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes, moderate</source>
        <translation>是，中度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes, severe</source>
        <translation>是，重度</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no symptoms scored</source>
        <translation>无症状评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mild withdrawal</source>
        <translation>轻度戒断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moderate withdrawal</source>
        <translation>中度戒断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>severe withdrawal</source>
        <translation>重度戒断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very severe withdrawal</source>
        <translation>极重度戒断</translation>
    </message>
</context>
<context>
    <name>lento::ui::CalculationsDialog</name>
    <message>
        <location filename="../ui/calculationsdialog.cpp" line="+36"/>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moderate</source>
        <translation>中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>severe</source>
        <translation>严重</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Calculations</source>
        <translation>计算过程</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Calculations for the selected step</source>
        <translation>所选步骤的计算过程</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calculations for step %1</source>
        <translation>第 %1 步的计算过程</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;p&gt;Select a step to see its calculations.&lt;/p&gt;</source>
        <translation>&lt;p&gt;请选择一个步骤以查看其计算过程。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no start date</source>
        <translation>无开始日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1 — day %2 (%3)</source>
        <translation>第 %1 步 — 第 %2 天（%3）</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Held for %n day(s).</source>
        <translation>
            <numerusform>维持 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last step: held to the end of the plan.</source>
        <translation>最后一步：维持至计划结束。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Doses and composition</source>
        <translation>剂量及组成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is taken from this step on.</source>
        <translation>从此步骤起不再服药。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drug</source>
        <translation>药物</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>剂量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Composition</source>
        <translation>组成</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot be made from the selected products</source>
        <translation>所选药品无法配出</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Diazepam equivalence</source>
        <translation>地西泮等效剂量</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: no equivalence known (the drug is not defined).</source>
        <translation>%1：等效剂量未知（该药物未定义）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>set in the plan&apos;s drug definitions (equivalence source: %1)</source>
        <translation>在本计划的药物定义中设定（等效剂量来源：%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 ≈ 10 mg diazepam — source: %3</source>
        <translation>%1：%2 ≈ 10 mg 地西泮 — 来源：%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today %1 × 10 / %2 = %3 diazepam equivalent (previous step: %4)</source>
        <translation>今日 %1 × 10 / %2 = %3 地西泮等效剂量（上一步：%4）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Daily total: %1 diazepam equivalent; previous step (or current regimen): %2.</source>
        <translation>每日合计：%1 地西泮等效剂量；上一步（或当前用药方案）：%2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Realised cut</source>
        <translation>实际减幅</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(%1 − %2) / %1 × 100 = %3 of the previous dose.</source>
        <translation>(%1 − %2) / %1 × 100 = 上一剂量的 %3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was taken before this step.</source>
        <translation>此步骤之前未服药。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receptor occupancy (modelled)</source>
        <translation>受体占有率（模型估算）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Occupancy = D / (D + L50), D the daily diazepam-equivalent dose, L50 = %1 mg/day (a model setting).</source>
        <translation>占有率 = D / (D + L50)，D 为每日地西泮等效剂量，L50 = %1 mg/日（模型参数）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before: %1 / (%1 + %2) = %3; after: %4 / (%4 + %2) = %5.</source>
        <translation>减量前：%1 / (%1 + %2) = %3；减量后：%4 / (%4 + %2) = %5。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Modelled drop: %1 percentage points.</source>
        <translation>模型估算的下降：%1 个百分点。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Withdrawal pressure (modelled)</source>
        <translation>戒断压力（模型估算）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modelled peak over this step: %1 (%2 band) on day %3. This is a model of the plan, not a prediction of this patient&apos;s symptoms.</source>
        <translation>本步骤内模型估算的峰值：%1（%2区间），出现在第 %3 天。这是对计划的模型估算，并非对该患者症状的预测。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The doses of this step were edited by hand; the figures above are recomputed from them.</source>
        <translation>本步骤的剂量经过手动编辑；以上数值已据此重新计算。</translation>
    </message>
</context>
<context>
    <name>lento::ui::ChartsPanel</name>
    <message>
        <location filename="../ui/chartspanel.cpp" line="+203"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Prescribed daily dose</source>
        <translation>处方日剂量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mg/day</source>
        <translation>mg/日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plasma concentration</source>
        <translation>血药浓度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ng/mL</source>
        <translation>ng/mL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Diazepam-eq. mg/day</source>
        <translation>地西泮等效 mg/日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawal pressure, effect and adaptation (modelled)</source>
        <translation>戒断压力、效应与适应（模型估算）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure (modelled)</source>
        <translation>模型估算压力</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Effect, adaptation (modelled)</source>
        <translation>效应、适应（模型估算）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wheel: zoom · drag: pan · double-click: whole plan</source>
        <translation>滚轮：缩放 · 拖动：平移 · 双击：整个计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Logarithmic scale for doses and concentrations</source>
        <translation>剂量和浓度使用对数刻度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole plan</source>
        <translation>整个计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole plan (undo zoom and pan)</source>
        <translation>显示整个计划（取消缩放和平移）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dose chart</source>
        <translation>剂量图</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Concentration chart</source>
        <translation>浓度图</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pressure chart</source>
        <translation>压力图</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 as image (PNG, SVG)…</source>
        <translation>将%1导出为图像（PNG、SVG）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 data (CSV)…</source>
        <translation>导出%1数据（CSV）…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export image (PNG, SVG)…</source>
        <translation>导出图像（PNG、SVG）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export data (CSV)…</source>
        <translation>导出数据（CSV）…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the whole plan</source>
        <translation>显示整个计划</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export chart data</source>
        <translation>导出图表数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>There is no chart %1 (0 dose, 1 concentration, 2 pressure)</source>
        <translation>没有图表 %1（0 剂量，1 浓度，2 压力）</translation>
    </message>
</context>
<context>
    <name>lento::ui::ChecksModel</name>
    <message>
        <location filename="../ui/checksmodel.cpp" line="+96"/>
        <source>Whole plan</source>
        <translation>整个计划</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1
Source: %2</source>
        <translation>%1
来源：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>lento::ui::ChecksPanel</name>
    <message>
        <location filename="../ui/checkspanel.cpp" line="+75"/>
        <source>%1
Source: %2</source>
        <translation>%1
来源：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No findings.</source>
        <translation>无检查发现。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 critical, %2 warnings, %3 for information. Select a finding to go to its step.</source>
        <translation>严重 %1 项，警告 %2 项，提示 %3 项。选择一项发现可跳转到相应步骤。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guideline and safety findings for this plan; Enter selects the step.</source>
        <translation>本计划的指南与安全检查结果；按 Enter 选择相应步骤。</translation>
    </message>
</context>
<context>
    <name>lento::ui::EmptyState</name>
    <message>
        <location filename="../ui/emptystate.cpp" line="+90"/>
        <source>Welcome to Lento</source>
        <translation>欢迎使用 Lento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lento helps you plan a gradual benzodiazepine taper with a patient: choose the pace, adjust each step, and see what every change does to the drug level and to the modelled withdrawal pressure.

Start by adding your first patient, or create a demo patient (Help → Create demo patient) to look around.</source>
        <translation>Lento 帮助您与患者一起制定苯二氮䓬类药物的逐步减量计划：选择减量速度，调整每一步，并查看每项改动对血药浓度和模型估算的戒断压力的影响。

请先添加第一位患者，或创建演示患者（帮助 → 创建演示患者）来熟悉软件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No patient open</source>
        <translation>未打开患者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a patient from the list (Ctrl+F searches by name or identifier), or add a new one.</source>
        <translation>请从列表中选择患者（Ctrl+F 可按姓名或病历号搜索），或新建患者。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk figures in Lento are modelled from published pharmacology and a stated hypothesis about adaptation. They are not predictions for an individual patient.</source>
        <translation>Lento 中的风险数值均根据已发表的药理学资料和一项明确说明的适应假设进行模型估算，并非对个体患者的预测。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New patient…</source>
        <translation>新建患者(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New patient</source>
        <translation>新建患者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;demo patient</source>
        <translation>创建演示患者(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create demo patient</source>
        <translation>创建演示患者</translation>
    </message>
</context>
<context>
    <name>lento::ui::HandoutOptionsDialog</name>
    <message>
        <location filename="../ui/handoutoptionsdialog.cpp" line="+181"/>
        <source>Patient handout</source>
        <translation>患者说明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The handout is printed in the language the patient reads, whatever the language of this window.</source>
        <translation>患者说明按患者阅读的语言打印，与本窗口的界面语言无关。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handout for %1. It is printed in the language the patient reads, whatever the language of this window.</source>
        <translation>%1 的患者说明。按患者阅读的语言打印，与本窗口的界面语言无关。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handout &amp;language:</source>
        <translation>说明语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rescriber:</source>
        <translation>处方医生(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prescription peri&amp;od:</source>
        <translation>处方周期(&amp;O)：</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Next appointment:</source>
        <translation>下次复诊：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>US Letter</source>
        <translation>美式 Letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty for a line to write the name on</source>
        <translation>留空则打印一条横线，以便手写姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time</source>
        <translation>时间(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a date the handout has a blank line to fill in by hand.</source>
        <translation>不填日期时，说明上会留出一条空行供手写。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick &amp;box for every day of the calendar</source>
        <translation>日历每天附打勾框(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the prescriber and pharmacy &amp;supply page (not for the patient)</source>
        <translation>附加处方与药房用量页（非患者用）(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>lento::ui::HistoryCharts</name>
    <message>
        <location filename="../ui/historycharts.cpp" line="+195"/>
        <source>CIWA-B %1</source>
        <translation>CIWA-B %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BWSQ %1</source>
        <translation>BWSQ %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Version %1 of “%2”, %3</source>
        <translation>“%2”第 %1 版，%3</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Planned and taken daily dose</source>
        <translation>计划与实际日剂量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mg/day diazepam-equivalent</source>
        <translation>mg/日 地西泮等效剂量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mg/day %1</source>
        <translation>mg/日 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Symptoms at visits and modelled withdrawal pressure</source>
        <translation>就诊时的症状与模型估算的戒断压力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale total</source>
        <translation>量表总分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure (modelled)</source>
        <translation>模型估算压力</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned (plan in force)</source>
        <translation>计划剂量（生效计划）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken (recorded at visits)</source>
        <translation>实际服用（就诊时记录）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan version saved</source>
        <translation>计划版本已保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up after the taper</source>
        <translation>减量后随访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawal pressure (modelled)</source>
        <translation>戒断压力（模型估算）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CIWA-B total</source>
        <translation>CIWA-B 总分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BWSQ total</source>
        <translation>BWSQ 总分</translation>
    </message>
</context>
<context>
    <name>lento::ui::HistoryController</name>
    <message>
        <location filename="../ui/historycontroller.cpp" line="+229"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>历程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan being edited (Ctrl+3)</source>
        <translation>正在编辑的计划（Ctrl+3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan versions, visits, charts and adherence (Ctrl+4)</source>
        <translation>计划版本、就诊、图表与依从性（Ctrl+4）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient page</source>
        <translation>患者页面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan status:</source>
        <translation>计划状态：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+221"/>
        <source>Plan status</source>
        <translation>计划状态</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>Draft while the plan is prepared, active while the patient follows it, then completed or abandoned. The patient list filters by it.</source>
        <translation>制定计划时为草稿，患者执行期间为进行中，之后为已完成或已放弃。患者列表按此筛选。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pla&amp;n</source>
        <translation>计划(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>历程(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record visit…</source>
        <translation>记录就诊(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the doses taken, the withdrawal scales and the decision of a visit</source>
        <translation>录入一次就诊的实际服用剂量、戒断量表和决定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;history summary PDF…</source>
        <translation>导出历程摘要 PDF(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;visits as CSV…</source>
        <translation>将就诊记录导出为 CSV(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Draft</source>
        <translation>草稿(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Active</source>
        <translation>进行中(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Completed</source>
        <translation>已完成(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;bandoned</source>
        <translation>已放弃(&amp;B)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Patient</source>
        <translation>患者(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan &amp;status</source>
        <translation>计划状态(&amp;S)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Save the plan first: a status belongs to a saved plan.</source>
        <translation>请先保存计划：状态属于已保存的计划。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Visit of %1 saved.</source>
        <translation>已保存 %1 的就诊。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The visit followed another plan than the one open: open that plan to re-plan it.</source>
        <translation>该次就诊遵循的不是当前打开的计划：请打开那个计划再重新制定。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No re-plan is possible: %1</source>
        <translation>无法重新制定计划：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re-plan after the visit</source>
        <translation>就诊后重新制定计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The visit&apos;s decision was “%1”. Re-plan the rest of the taper from %2?</source>
        <translation>本次就诊的决定是“%1”。是否从 %2 起重新制定其余的减量计划？</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Slower from the dose taken: stay on the dose recorded at the visit, then taper the rest with a reduction every %n days.</source>
        <translation>
            <numerusform>从实际剂量放慢：先维持就诊时记录的剂量，然后每 %n 天减量一次完成其余减量。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slower from the dose taken is not possible: %1</source>
        <translation>无法从实际剂量放慢：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the previous step: return to the doses of the step before for its length; the remaining steps follow later.</source>
        <translation>退回上一步：按上一步的时长恢复其剂量；其余步骤随后顺延。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the previous step is not possible: %1</source>
        <translation>无法退回上一步：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change is an edit of the open plan: it can be undone, and is kept only when you save.</source>
        <translation>此更改是对当前计划的一次编辑：可以撤销，只有保存后才会保留。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Slower from the dose taken</source>
        <translation>从实际剂量放慢(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back to the previous step</source>
        <translation>退回上一步(&amp;B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep the plan</source>
        <translation>保留原计划(&amp;K)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re-plan slower from the visit of %1</source>
        <translation>从 %1 的就诊起放慢重新制定计划</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Return to the previous step from the visit of %1</source>
        <translation>从 %1 的就诊起退回上一步</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re-plan</source>
        <translation>重新制定计划</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The plan could not be changed: %1</source>
        <translation>无法更改计划：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan changed from the visit; save to keep it, or undo.</source>
        <translation>已根据就诊更改计划；保存以保留，或撤销。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The status could not be saved: %1</source>
        <translation>无法保存状态：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Plan marked %1.</source>
        <translation>计划已标记为%1。</translation>
    </message>
</context>
<context>
    <name>lento::ui::HistoryTimeline</name>
    <message>
        <location filename="../ui/historytimeline.cpp" line="+31"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>abandoned</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 mg/day diazepam-eq.</source>
        <translation>%1 mg/日（地西泮等效）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mg/day</source>
        <translation>%1 mg/日</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Plan version %1 — “%2”</source>
        <translation>计划版本 %1 — “%2”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>first version</source>
        <translation>首个版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan in force from %1 to %2</source>
        <translation>%1 至 %2 为生效计划</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never the plan in force</source>
        <translation>从未作为生效计划</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Plan “%1” marked %2</source>
        <translation>计划“%1”标记为%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>was %1</source>
        <translation>原为%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Visit: %1</source>
        <translation>就诊：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CIWA-B %1</source>
        <translation>CIWA-B %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BWSQ %1</source>
        <translation>BWSQ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>taken %1</source>
        <translation>实际服用 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (planned %1)</source>
        <translation>（计划 %1）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Taper started</source>
        <translation>开始减量</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Taper ended — follow-up begins</source>
        <translation>减量结束 — 进入随访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symptoms can come in waves for months after the last dose; keep recording visits.</source>
        <translation>末次服药后数月内症状可能会反复波动；请继续记录就诊情况。</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>操作者</translation>
    </message>
</context>
<context>
    <name>lento::ui::HistoryView</name>
    <message>
        <location filename="../ui/historyview.cpp" line="+147"/>
        <source>The history cannot be read: %1</source>
        <translation>无法读取历程：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+245"/>
        <source>Open a patient to see the taper history.</source>
        <translation>打开患者以查看减量历程。</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>The database is open read-only: %1</source>
        <translation>数据库以只读方式打开：%1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This visit was changed elsewhere since it was opened; reload and enter the correction again.</source>
        <translation>此就诊记录在打开后已在别处被修改；请重新加载后再次录入更正。</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+17"/>
        <source>Visit not saved</source>
        <translation>就诊记录未保存</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+10"/>
        <source>No patient is open.</source>
        <translation>未打开患者。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export history summary</source>
        <translation>导出历程摘要</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary not exported</source>
        <translation>摘要未导出</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export visits</source>
        <translation>导出就诊记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Visits not exported</source>
        <translation>就诊记录未导出</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;New visit…</source>
        <translation>新增就诊(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Correct visit…</source>
        <translation>更正就诊记录(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ompare versions</source>
        <translation>比较版本(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick two plan versions in the timeline, or select one to compare it with the version before it.</source>
        <translation>在时间线中勾选两个计划版本，或选择一个版本与其上一版本比较。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;summary PDF…</source>
        <translation>导出摘要 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export visits as C&amp;SV…</source>
        <translation>将就诊记录导出为 CSV(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes between versions</source>
        <translation>版本间变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reductions: planned and reached</source>
        <translation>减量：计划与实际</translation>
    </message>
</context>
<context>
    <name>lento::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+235"/>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only notice</source>
        <translation>只读提示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database is open read-only: %1 Plans and patients cannot be saved.</source>
        <translation>此数据库以只读方式打开：%1 无法保存计划和患者。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient database</source>
        <translation>患者数据库</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 · %2[*] — Lento</source>
        <comment>patient name, identifier</comment>
        <translation>%1 · %2[*] — Lento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lento</source>
        <translation>Lento</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Open patient</source>
        <translation>打开患者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The patient could not be read: %1</source>
        <translation>无法读取患者：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+23"/>
        <location line="+33"/>
        <source>Open plan</source>
        <translation>打开计划</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>The newest plan version could not be read: %1</source>
        <translation>无法读取最新的计划版本：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The plan could not be read: %1</source>
        <translation>无法读取计划：%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Version %1 of this plan is not a readable plan document: %2</source>
        <translation>本计划的第 %1 版不是可读的计划文档：%2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No plan was generated: %1</source>
        <translation>未生成计划：%1</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+35"/>
        <source>Save plan</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+35"/>
        <source>The plan could not be saved: %1</source>
        <translation>无法保存计划：%1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The newest version could not be read: %1</source>
        <translation>无法读取最新版本：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (branched from version %2)</source>
        <translation>%1（由第 %2 版分出）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved version %1.</source>
        <translation>已保存第 %1 版。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Create demo patient</source>
        <translation>创建演示患者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The demo patient could not be created: %1</source>
        <translation>无法创建演示患者：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Demo patient %1 created.</source>
        <translation>已创建演示患者 %1。</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+9"/>
        <location line="+5"/>
        <source>Import plan</source>
        <translation>导入计划</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Lento plans (*.json);;All files (*)</source>
        <translation>Lento 计划 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a patient first: an imported plan becomes one of their plans.</source>
        <translation>请先打开患者：导入的计划将成为该患者的计划之一。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imported %1 as a new plan; save to keep it.</source>
        <translation>已将 %1 导入为新计划；请保存以保留。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>Export plan</source>
        <translation>导出计划</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Lento plans (*.json)</source>
        <translation>Lento 计划 (*.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Plan written to %1.</source>
        <translation>计划已写入 %1。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <location line="+7"/>
        <source>Backup database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Lento databases (*.sqlite);;All files (*)</source>
        <translation>Lento 数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a file other than the open database.</source>
        <translation>请选择当前打开的数据库以外的文件。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Database checked and copied to %1.</source>
        <translation>数据库已检查并复制到 %1。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Handout written.</source>
        <translation>患者说明已写入。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>About Lento</source>
        <translation>关于 Lento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;Lento %1&lt;/h3&gt;&lt;p&gt;Planning gradual benzodiazepine tapers with the patient.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lento %1&lt;/h3&gt;&lt;p&gt;与患者一起规划苯二氮䓬类药物的逐步减量。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Every risk figure Lento shows — drug levels, withdrawal pressure, bands — is &lt;b&gt;modelled&lt;/b&gt; from published pharmacology and a stated hypothesis about receptor adaptation. It is not a prediction of what an individual patient will experience, and it does not replace clinical judgement or the patient&apos;s own report.&lt;/p&gt;&lt;p&gt;Patient database: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lento 显示的所有风险数值——血药浓度、戒断压力、分级区间——均根据已发表的药理学资料和一项明确说明的受体适应假设进行&lt;b&gt;模型估算&lt;/b&gt;。它们不是对个体患者实际感受的预测，也不能替代临床判断或患者本人的陈述。&lt;/p&gt;&lt;p&gt;患者数据库：%1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>lento::ui::MedicationDosesDialog</name>
    <message>
        <location filename="../ui/medicationdosesdialog.cpp" line="+26"/>
        <source>Doses of %1</source>
        <translation>%1 的剂量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dose taken at each time of day. New plans start from these doses.</source>
        <translation>每天各时间点的服用剂量。新计划从这些剂量开始。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To review: the regimen was typed as “%1” and could not be read completely. Enter each dose with its time; the doses below are what could be read.</source>
        <translation>待核对：用药方案曾录入为“%1”，未能完整读取。请逐一录入每次剂量及其时间；下方是已能读取的剂量。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Every dose here is of %1; enter %2 as a medication of its own.</source>
        <translation>此处的剂量都属于%1；请将%2作为单独的用药录入。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dose at %1: the amount must be more than 0 mg.</source>
        <translation>%1 的剂量：必须大于 0 mg。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Two doses at the same time: give each time one dose.</source>
        <translation>同一时间有两次剂量：每个时间只能有一次剂量。</translation>
    </message>
</context>
<context>
    <name>lento::ui::OpioidDialog</name>
    <message>
        <location filename="../ui/opioiddialog.cpp" line="+67"/>
        <source>Opioid</source>
        <translation>阿片类药物</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benzodiazepine</source>
        <translation>苯二氮䓬类药物</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other depressant (e.g. alcohol, gabapentinoid)</source>
        <translation>其他中枢抑制剂（如酒精、加巴喷丁类）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agent %1, name</source>
        <translation>药物 %1，名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent %1, depression of breathing drive by this agent alone (%)</source>
        <translation>药物 %1，单用时对呼吸驱动的抑制（%）</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 alone: %2 % depression, leaving %3 % of normal drive</source>
        <translation>%1 单用：抑制 %2%，剩余正常驱动的 %3%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remaining drive = %1 = %2 (modelled)</source>
        <translation>剩余驱动 = %1 = %2（模型估算）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Modelled: %1 % of normal breathing drive remains, a combined depression of %2 %. Each drug acts on what the others leave, so this is not the simple sum (%3 %).</source>
        <translation>模型估算：剩余正常呼吸驱动的 %1%，总抑制 %2%。每种药物作用于其他药物剩下的部分，因此不是简单相加（%3%）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opioid co-use: combined effect on breathing (modelled)</source>
        <translation>同时使用阿片类药物：对呼吸的联合影响（模型估算）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opioids and benzodiazepines both depress the brainstem&apos;s drive to breathe, through different receptors. By pharmacodynamic (Bliss) independence each drug removes its fraction of whatever drive the others leave: remaining drive = Π(1 − rᵢ). For example an opioid that alone reduces drive by 40 % leaves 60 %; a benzodiazepine that alone reduces it by 30 % then leaves 70 % of that: 42 % of normal, a 58 % depression, not 70 %.</source>
        <translation>阿片类药物和苯二氮䓬类药物通过不同受体，均会抑制脑干的呼吸驱动。按药效学（Bliss）独立性，每种药物都会去除其他药物所剩驱动中属于它的那一部分：剩余驱动 = Π(1 − rᵢ)。例如，单用时使呼吸驱动降低 40% 的阿片类药物剩下 60%；单用时降低 30% 的苯二氮䓬类药物再剩下其中的 70%：即正常的 42%，抑制 58%，而不是 70%。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agent</source>
        <translation>药物</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depression by this agent alone</source>
        <translation>单用时的抑制程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add another depressant</source>
        <translation>添加其他中枢抑制剂(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All figures are modelled illustrations from the fractions entered above; they are not measured or predicted for this patient. Review the opioid, warn about sedation and consider naloxone.</source>
        <translation>所有数值均为根据上方输入的比例进行的模型估算示意；并非对该患者的测量或预测。请评估阿片类药物用药，告知镇静风险，并考虑备用纳洛酮。</translation>
    </message>
</context>
<context>
    <name>lento::ui::PatientFormDialog</name>
    <message>
        <location filename="../ui/patientformdialog.cpp" line="+372"/>
        <source>Identifier: required (the clinic&apos;s record number).</source>
        <translation>病历号：必填（本机构的病历号）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name: required.</source>
        <translation>姓名：必填。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight: %1 kg is not a plausible weight.</source>
        <translation>体重：%1 kg 不是合理的体重。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Medication %1, drug: required.</source>
        <translation>用药 %1，药物：必填。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit patient</source>
        <translation>编辑患者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New patient</source>
        <translation>新建患者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk factors</source>
        <translation>风险因素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medications</source>
        <translation>用药</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Identifier:</source>
        <translation>病历号(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of &amp;birth:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;x:</source>
        <translation>性别(&amp;X)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Weight:</source>
        <translation>体重(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Handout language:</source>
        <translation>说明语言(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier &amp;abrupt withdrawals:</source>
        <translation>既往突然停药次数(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Al&amp;cohol:</source>
        <translation>饮酒(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinic record number</source>
        <translation>本机构病历号</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+4"/>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location line="-6"/>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each earlier abrupt stop raises the modelled withdrawal pressure (kindling).</source>
        <translation>每一次既往突然停药都会提高模型估算的戒断压力（点燃效应）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>中度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heavy</source>
        <translation>大量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application language</source>
        <translation>与软件界面语言相同</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Seizure history</source>
        <translation>癫痫发作史(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;pioid co-prescription</source>
        <translation>同时开具阿片类药物(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Liver impairment</source>
        <translation>肝功能损害(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;gnant</source>
        <translation>妊娠(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd medication</source>
        <translation>添加用药(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drug</source>
        <translation>药物</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken since</source>
        <translation>开始服用日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add medication</source>
        <translation>添加用药</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Medication %1: drug</source>
        <translation>用药 %1：药物</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Medication %1: taken since</source>
        <translation>用药 %1：开始服用日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since: not recorded</source>
        <translation>开始日期：未记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medication %1: indication</source>
        <translation>用药 %1：适应证</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Indication</source>
        <translation>适应证</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doses are entered for drugs in Lento&apos;s catalogue.</source>
        <translation>只能为 Lento 药物目录中的药物录入剂量。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To review: %1</source>
        <translation>待核对：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typed as “%1”, which could not be read completely; the planner does not use these doses until they are checked.</source>
        <translation>曾录入为“%1”，未能完整读取；在核对之前规划器不会使用这些剂量。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter doses…</source>
        <translation>录入剂量…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the dose taken at each time of day</source>
        <translation>录入每天各时间点的服用剂量</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>Doses (mg at each time of day)</source>
        <translation>剂量（每天各时间点的毫克数）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Medication %1: doses</source>
        <translation>用药 %1：剂量</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove medication %1</source>
        <translation>删除用药 %1</translation>
    </message>
</context>
<context>
    <name>lento::ui::PatientHeader</name>
    <message>
        <location filename="../ui/patientheader.cpp" line="+25"/>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other sex</source>
        <translation>其他性别</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>abandoned</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient %1</source>
        <translation>患者 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>age not recorded</source>
        <translation>年龄未记录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weight not recorded (model uses 70 kg)</source>
        <translation>体重未记录（模型按 70 kg 计算）</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>1 year old (born %1)</source>
        <translation>1 岁（%1 出生）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 years old (born %2)</source>
        <translation>%1 岁（%2 出生）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>1 earlier abrupt withdrawal</source>
        <translation>既往突然停药 1 次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 earlier abrupt withdrawals</source>
        <translation>既往突然停药 %1 次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seizure history</source>
        <translation>癫痫发作史</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opioid co-prescription</source>
        <translation>同时开具阿片类药物</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>heavy alcohol use</source>
        <translation>大量饮酒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moderate alcohol use</source>
        <translation>中度饮酒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>liver impairment</source>
        <translation>肝功能损害</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pregnant</source>
        <translation>妊娠</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk factors:</source>
        <translation>风险因素：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2</source>
        <comment>drug name, regimen</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — to review: “%2” was not read completely</source>
        <comment>medication, regimen as typed</comment>
        <translation>%1——待核对：“%2”未能完整读取</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, since %2</source>
        <translation>%1，自 %2 起</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <comment>medication, indication</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current regimen:</source>
        <translation>当前用药方案：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no medication recorded</source>
        <translation>未记录用药</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Untitled plan</source>
        <translation>未命名计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · version %2 · %3</source>
        <translation>%1 · 第 %2 版 · %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New plan (not saved yet)</source>
        <translation>新计划（尚未保存）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>P&amp;lan:</source>
        <translation>计划(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan being edited</source>
        <translation>正在编辑的计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit pa&amp;tient…</source>
        <translation>编辑患者(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit patient</source>
        <translation>编辑患者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the patient&apos;s details, risk factors and medications (Ctrl+E)</source>
        <translation>编辑患者的基本信息、风险因素和用药（Ctrl+E）</translation>
    </message>
</context>
<context>
    <name>lento::ui::PatientList</name>
    <message>
        <location filename="../ui/patientlist.cpp" line="+156"/>
        <source>The patient list could not be read: %1</source>
        <translation>无法读取患者列表：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Showing the first %n patients; type a name or identifier to narrow the list.</source>
        <translation>
            <numerusform>仅显示前 %n 位患者；输入姓名或病历号可缩小范围。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No patient&apos;s name or identifier starts with “%1”.</source>
        <translation>没有姓名或病历号以“%1”开头的患者。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No patient matches the filter “%1”.</source>
        <translation>没有患者符合筛选条件“%1”。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Search name or identifier (Ctrl+F)</source>
        <translation>搜索姓名或病历号（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search patients</source>
        <translation>搜索患者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists patients whose name or identifier starts with the text typed</source>
        <translation>列出姓名或病历号以所输入文字开头的患者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patients</source>
        <translation>患者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show patients</source>
        <translation>显示患者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all patients, or only those in a phase of their taper. The visit intervals are in the settings.</source>
        <translation>显示所有患者，或只显示处于某一减量阶段的患者。复诊间隔在设置中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New patient…</source>
        <translation>新建患者(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New patient</source>
        <translation>新建患者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a patient (Ctrl+N)</source>
        <translation>添加患者（Ctrl+N）</translation>
    </message>
</context>
<context>
    <name>lento::ui::PatientListModel</name>
    <message>
        <location filename="../ui/patientlistmodel.cpp" line="+162"/>
        <source>%1 years</source>
        <translation>%1 岁</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age not recorded</source>
        <translation>年龄未记录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No plan</source>
        <translation>无计划</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — %2, born %3</source>
        <translation>%1 — %2，%3 出生</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identifier</source>
        <translation>病历号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
</context>
<context>
    <name>lento::ui::PlanDelegate</name>
    <message>
        <location filename="../ui/plandelegate.cpp" line="+35"/>
        <source> mg</source>
        <translation> mg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount in mg; 0 removes the dose. Amounts the products cannot make are rounded to the nearest one they can.</source>
        <translation>剂量（mg）；0 表示删除该次剂量。所选药品无法配出的剂量将取整为最接近的可配剂量。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
</context>
<context>
    <name>lento::ui::PlanDocumentModel</name>
    <message>
        <location filename="../ui/plandocumentmodel.cpp" line="+67"/>
        <location line="+7"/>
        <source>Change dose in step %1</source>
        <translation>修改第 %1 步的剂量</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add dose to step %1</source>
        <translation>为第 %1 步添加剂量</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove dose from step %1</source>
        <translation>从第 %1 步删除剂量</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change length of step %1</source>
        <translation>修改第 %1 步的时长</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Insert step %1</source>
        <translation>插入第 %1 步</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Insert a hold of %n day(s)</source>
        <translation>
            <numerusform>插入 %n 天的维持期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete step %1</source>
        <translation>删除第 %1 步</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Split step %1</source>
        <translation>拆分第 %1 步</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge steps %1 and %2</source>
        <translation>合并第 %1 步和第 %2 步</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change note of step %1</source>
        <translation>修改第 %1 步的备注</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change start date</source>
        <translation>修改开始日期</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename plan</source>
        <translation>重命名计划</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re-generate from step %1</source>
        <translation>从第 %1 步起重新生成</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generate plan</source>
        <translation>生成计划</translation>
    </message>
</context>
<context>
    <name>lento::ui::PlanEditor</name>
    <message>
        <location filename="../ui/planeditor.cpp" line="+286"/>
        <source>Insert a hold</source>
        <translation>插入维持期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay on the doses of step %1 for how many more days?</source>
        <translation>在第 %1 步的剂量上再维持多少天？</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>duration (days)</source>
        <translation>持续时间（天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last step has no length: it lasts to the end of the plan</source>
        <translation>最后一步没有时长：它持续到计划结束</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change length</source>
        <translation>修改时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days step %1 is held:</source>
        <translation>第 %1 步维持天数：</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Select the dose to remove in the doses table first.</source>
        <translation>请先在剂量表中选择要删除的剂量。</translation>
    </message>
    <message>
        <location line="+205"/>
        <location line="+164"/>
        <source>Doses of step %1</source>
        <translation>第 %1 步的剂量</translation>
    </message>
    <message>
        <location line="-164"/>
        <location line="+164"/>
        <source>Doses (select a step)</source>
        <translation>剂量（请选择步骤）</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Enter the current regimen and generate a plan to see the charts.</source>
        <translation>输入当前用药方案并生成计划后即可查看图表。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan cannot be simulated: %1</source>
        <translation>无法模拟该计划：%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit rejected</source>
        <translation>编辑被拒绝</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit note</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not generate the plan: %1</source>
        <translation>无法生成计划：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select the step to re-generate from in the steps table.</source>
        <translation>请在步骤表中选择要从其开始重新生成的步骤。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not re-generate: %1</source>
        <translation>无法重新生成：%1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steps of the plan</source>
        <translation>计划步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per step. F2 edits a cell; amounts in mg, duration in days.</source>
        <translation>每行一个步骤。按 F2 编辑单元格；剂量单位为 mg，时长单位为天。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doses of the selected step</source>
        <translation>所选步骤的剂量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step actions</source>
        <translation>步骤操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add dose</source>
        <translation>添加剂量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a dose to the selected step</source>
        <translation>为所选步骤添加一次剂量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove dose</source>
        <translation>删除剂量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected dose from the step</source>
        <translation>从该步骤中删除所选剂量</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insert step</source>
        <translation>插入步骤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Insert a step after the selected one, halfway between its neighbours</source>
        <translation>在所选步骤之后插入一步，剂量取前后两步的中间值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert hold…</source>
        <translation>插入维持期…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stay on the selected step&apos;s doses for more days, as a step of its own</source>
        <translation>在所选步骤的剂量上再维持若干天，作为单独的一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete step</source>
        <translation>删除步骤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected step; later steps move earlier</source>
        <translation>删除所选步骤；其后的步骤相应提前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Split the selected step into two halves with the same doses</source>
        <translation>将所选步骤拆分为剂量相同的前后两半</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge with next</source>
        <translation>与下一步合并</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merge the selected step with the next one</source>
        <translation>将所选步骤与下一步合并</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change length…</source>
        <translation>修改时长…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change how many days the selected step is held</source>
        <translation>修改所选步骤的维持天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-generate from here</source>
        <translation>从此处重新生成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the steps up to the selected one and plan the rest with the form&apos;s settings</source>
        <translation>保留到所选步骤为止的步骤，其余按表单设置重新规划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show calculations</source>
        <translation>显示计算过程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the equivalence, occupancy and cut calculations for the selected step</source>
        <translation>显示所选步骤的等效剂量、占有率和减幅计算过程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opioid co-use…</source>
        <translation>同时使用阿片类药物…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How an opioid and the benzodiazepine combine on breathing (modelled)</source>
        <translation>阿片类药物与苯二氮䓬类药物对呼吸的联合影响（模型估算）</translation>
    </message>
</context>
<context>
    <name>lento::ui::PlannerForm</name>
    <message>
        <location filename="../ui/plannerform.cpp" line="+243"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Never cut more than the rule</source>
        <translation>减幅绝不超过规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nearest amount (published arithmetic)</source>
        <translation>最接近的剂量（按文献算法）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No switch</source>
        <translation>不换药</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>At most %1 occupancy points per step (modelled)</source>
        <translation>每步占有率最多下降 %1 个百分点（模型估算）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 % every %2 weeks</source>
        <translation>每 %2 周减 %1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (the usual rule; ASAM 2025)</source>
        <translation>%1（常用规则；ASAM 2025）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (ASAM 2025, slowest)</source>
        <translation>%1（ASAM 2025，最慢）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (ASAM 2025)</source>
        <translation>%1（ASAM 2025）</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Current regimen</source>
        <translation>当前用药方案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>add at least one dose the patient takes now</source>
        <translation>请至少添加一项患者目前服用的剂量</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shortest interval (days)</source>
        <translation>最短间隔（天）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>must not be longer than the longest interval</source>
        <translation>不得长于最长间隔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Extra holds, item %1 (&quot;%2&quot;)</source>
        <translation>额外维持，第 %1 项（“%2”）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write REDUCTION:DAYS, e.g. 3:14 to stay 14 days longer after the third reduction</source>
        <translation>请写作 减量序号:天数，例如 3:14 表示第三次减量后多维持 14 天</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Products</source>
        <translation>药品</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+124"/>
        <source>Maintenance dose (mg/day)</source>
        <translation>维持剂量（mg/日）</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>must be more than 0; untick it to stop the drug</source>
        <translation>必须大于 0；如要停药请取消勾选</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Planner error</source>
        <translation>计划程序错误</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planner message</source>
        <translation>计划程序消息</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Plan title:</source>
        <translation>计划标题：</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Generated from the regimen and pace</source>
        <translation>根据用药方案和减量速度生成</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Start date: %1 is more than a year before today (%2). Check the year; every step&apos;s date follows it.</source>
        <translation>开始日期：%1 比今天（%2）早一年以上。请核对年份；每一步的日期都随之而定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start date: %1 is more than a year after today (%2). Check the year; every step&apos;s date follows it.</source>
        <translation>开始日期：%1 比今天（%2）晚一年以上。请核对年份；每一步的日期都随之而定。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Start date:</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current regimen:</source>
        <translation>当前用药方案：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strategy and pace</source>
        <translation>减量策略与速度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pace &amp;preset:</source>
        <translation>预设速度(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paces from the sources: the usual 10 % every two weeks, the ASAM 2025 range (5–10 % every 2–4 weeks) and steps of modelled receptor occupancy.</source>
        <translation>来自文献的减药速度：常用的每两周减 10 %、ASAM 2025 的范围（每 2–4 周减 5–10 %），以及按模型估算的受体占有率分步。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strategy:</source>
        <translation>策略：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut per step (% of current dose):</source>
        <translation>每步减幅（当前剂量的 %）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut per step (mg/day, 0 = 10 % of start):</source>
        <translation>每步减量（mg/日，0 = 起始剂量的 10%）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source> mg</source>
        <translation> mg</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Largest occupancy drop per step (points, modelled):</source>
        <translation>每步最大占有率下降（百分点，模型估算）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cap on withdrawal pressure (modelled):</source>
        <translation>戒断压力上限（模型估算）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reduce every (days):</source>
        <translation>减量间隔（天）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+7"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Shortest interval (days):</source>
        <translation>最短间隔（天）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest interval (days):</source>
        <translation>最长间隔（天）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra holds:</source>
        <translation>额外维持：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 3:14, 6:28 (after reduction 3 stay 14 days longer, …)</source>
        <translation>例如 3:14, 6:28（第 3 次减量后多维持 14 天，…）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch to a long-acting drug</source>
        <translation>换用长效药物</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to:</source>
        <translation>换为：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days per switching stage:</source>
        <translation>每个换药阶段的天数：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch the evening dose first</source>
        <translation>先换晚间剂量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Equivalence and products</source>
        <translation>等效剂量与药品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equivalence source:</source>
        <translation>等效剂量来源：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region (products):</source>
        <translation>地区（药品）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms:</source>
        <translation>剂型：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products in stock:</source>
        <translation>现有药品：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty = the region&apos;s products; e.g. tablet:5:half,tablet:2:quarter,liquid:2mg/5mL:0.1mL</source>
        <translation>留空 = 该地区的药品；例如 tablet:5:half,tablet:2:quarter,liquid:2mg/5mL:0.1mL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More options</source>
        <translation>更多选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut first:</source>
        <translation>先减：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rounding:</source>
        <translation>取整方式：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread each cut as daily liquid decrements (micro-taper)</source>
        <translation>将每次减量分摊为每日递减的口服溶液剂量（微量减量）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stay on</source>
        <translation>维持于</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep a maintenance dose instead of stopping</source>
        <translation>保留维持剂量，不完全停药</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> mg/day</source>
        <translation> mg/日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop from (mg/day, 0 = smallest amount):</source>
        <translation>停药起点（mg/日，0 = 最小可配剂量）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maintenance:</source>
        <translation>维持剂量：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Generate plan</source>
        <translation>生成计划(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new plan from these settings (can be undone)</source>
        <translation>根据这些设置生成新计划（可撤销）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Re-generate from selected step</source>
        <translation>从所选步骤重新生成(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the steps up to the selected one and plan the rest with these settings</source>
        <translation>保留到所选步骤为止的步骤，其余按这些设置重新规划</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Current regimen (%1)</source>
        <translation>当前用药方案（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mg a day is more than five times the usual maximum of %2 mg a day; check the amounts</source>
        <translation>每日 %1 mg 超过常用最大日剂量 %2 mg 的五倍；请核对剂量</translation>
    </message>
</context>
<context>
    <name>lento::ui::PlannerFormSync</name>
    <message>
        <location filename="../ui/plannerformsync.cpp" line="+107"/>
        <source>Start date: %1 is more than a year from today; check that it is right.</source>
        <translation>开始日期：%1 距今超过一年之后；请确认是否正确。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start date: %1 is more than a year ago; check that it is right.</source>
        <translation>开始日期：%1 早于一年以前；请确认是否正确。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The planner settings were changed and the plan does not follow them yet. Generate the plan to apply them (steps edited by hand are replaced; Undo brings them back).</source>
        <translation>计划设置已更改，但计划尚未按新设置更新。请生成计划以应用这些设置（手动编辑的步骤将被替换；可用“撤销”恢复）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate plan</source>
        <translation>生成计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planner settings not applied</source>
        <translation>计划设置尚未应用</translation>
    </message>
</context>
<context>
    <name>lento::ui::Recomputer</name>
    <message>
        <location filename="../ui/recomputer.cpp" line="+63"/>
        <source>No drug catalogue is loaded.</source>
        <translation>未加载药物目录。</translation>
    </message>
</context>
<context>
    <name>lento::ui::RegimenEditor</name>
    <message>
        <location filename="../ui/regimeneditor.cpp" line="+124"/>
        <location line="+80"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Current regimen, dose %1: &quot;%2&quot; is not an amount from %3 to %4 mg; the dose stays %5 mg.</source>
        <translation>当前用药方案，第 %1 次剂量：“%2”不是 %3 至 %4 mg 之间的剂量；该剂量保持为 %5 mg。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Add dose</source>
        <translation>添加剂量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a dose to the current regimen</source>
        <translation>在当前用药方案中添加一次剂量</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Current dose %1, drug</source>
        <translation>当前剂量 %1，药物</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current dose %1, time</source>
        <translation>当前剂量 %1，时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current dose %1, amount (mg)</source>
        <translation>当前剂量 %1，剂量（mg）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> mg</source>
        <translation> mg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove current dose %1</source>
        <translation>删除当前剂量 %1</translation>
    </message>
</context>
<context>
    <name>lento::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+262"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New plans start with</source>
        <translation>新计划的默认设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equivalence and products</source>
        <translation>等效剂量与药品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model parameters (hypotheses)</source>
        <translation>模型参数（假设）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Strategy:</source>
        <translation>策略(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut per step (&amp;percent):</source>
        <translation>每步减幅（百分比）(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut per step (&amp;linear):</source>
        <translation>每步减量（线性）(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest occupancy &amp;drop:</source>
        <translation>最大占有率下降(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure &amp;cap (guided):</source>
        <translation>压力上限（引导式）(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Every:</source>
        <translation>间隔(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ut first:</source>
        <translation>先减(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;quivalence source:</source>
        <translation>等效剂量来源(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region (products):</source>
        <translation>地区（药品）(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forms:</source>
        <translation>剂型(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receptor recovery τR:</source>
        <translation>受体恢复时间 τR：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half-effect level L50:</source>
        <translation>半效水平 L50：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hill coefficient h:</source>
        <translation>Hill 系数 h：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;linician name:</source>
        <translation>医生姓名(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinic na&amp;me:</source>
        <translation>机构名称(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinic p&amp;hone:</source>
        <translation>机构电话(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation>语言(&amp;G)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> % of the current dose</source>
        <translation>%（占当前剂量）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> mg/day</source>
        <translation> mg/日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 % of the starting dose</source>
        <translation>起始剂量的 10%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> percentage points</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cap on the modelled withdrawal pressure; 0.05 is the top of the low band.</source>
        <translation>模型估算戒断压力的上限；0.05 为低区间的上限。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> mg/day diazepam-equivalent</source>
        <translation> mg/日（地西泮等效）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How fast receptors are assumed to readapt (default 14 days). A hypothesis, not a measured value.</source>
        <translation>假定受体重新适应的速度（默认 14 天）。这是一项假设，而非实测值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level giving half the maximal effect (default 24.7 mg/day, from the Maudsley occupancy tables).</source>
        <translation>产生一半最大效应的水平（默认 24.7 mg/日，取自 Maudsley 占有率表）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steepness of the effect curve (default 1).</source>
        <translation>效应曲线的陡度（默认 1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These values are modelling assumptions, not measurements. They shape every modelled figure and the occupancy and guided strategies.</source>
        <translation>这些数值是模型假设，而非测量值。它们影响所有模型估算数值以及占有率策略和引导式策略。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset to defaults</source>
        <translation>恢复默认值(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>τR 14 days, L50 24.7 mg/day, h 1</source>
        <translation>τR 14 天，L50 24.7 mg/日，h 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your operating-system user name</source>
        <translation>您的操作系统用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded as the author of saved plan versions and in the audit log, and printed as the prescriber on handouts.</source>
        <translation>作为已保存计划版本的作者记录，并记入审计日志；同时作为处方医生打印在患者说明上。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed on patient handouts.</source>
        <translation>打印在患者说明上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed on patient handouts so the patient knows whom to call.</source>
        <translation>打印在患者说明上，方便患者知道该联系谁。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>lento::ui::StepDosesModel</name>
    <message>
        <location filename="../ui/stepdosesmodel.cpp" line="+131"/>
        <source>cannot be made from the selected products</source>
        <translation>所选药品无法配出</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Drug</source>
        <translation>药物</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount (mg)</source>
        <translation>剂量（mg）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Composition</source>
        <translation>组成</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: enter a time as HH:MM between 00:00 and 23:59</source>
        <translation>%1：请输入 HH:MM 格式的时间，范围 00:00 至 23:59</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: enter an amount in mg</source>
        <translation>%1：请输入以 mg 为单位的剂量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>amount (mg)</source>
        <translation>剂量（mg）</translation>
    </message>
</context>
<context>
    <name>lento::ui::StepsTableModel</name>
    <message>
        <location filename="../ui/stepstablemodel.cpp" line="+113"/>
        <source>cannot be made from the selected products</source>
        <translation>所选药品无法配出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2: %3</source>
        <comment>time, drug: composition</comment>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2</source>
        <comment>drug, amount</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+11"/>
        <location line="+7"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>to the end</source>
        <translation>至结束</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 → %2 (−%3 points)</source>
        <comment>occupancy before → after (drop)</comment>
        <translation>%1 → %2（−%3 个百分点）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing taken</source>
        <translation>不服药</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edited by hand.</source>
        <translation>经手动编辑。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This step has findings in the checks panel.</source>
        <translation>此步骤在检查面板中有发现。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount in mg at this time of day; 0 removes the dose.</source>
        <translation>每天此时间服用的剂量（mg）；0 表示删除该次剂量。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least one dose cannot be made from the selected products.</source>
        <translation>至少有一次剂量无法用所选药品配出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modelled receptor occupancy D/(D + L50) of the daily diazepam-equivalent dose, before and after this step.</source>
        <translation>每日地西泮等效剂量对应的模型估算受体占有率 D/(D + L50)，分别为本步骤前后的数值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cut from the previous step, as a percentage of its diazepam-equivalent dose.</source>
        <translation>相对上一步的减幅，以其地西泮等效剂量的百分比表示。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 taken at %2, mg</source>
        <translation>%2 服用的%1，mg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
%2 (mg)</source>
        <comment>drug, time</comment>
        <translation>%1
%2（mg）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day</source>
        <translation>第几天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration (days)</source>
        <translation>时长（天）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daily total</source>
        <translation>每日合计</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily dose converted to diazepam with the plan&apos;s equivalence source</source>
        <translation>按本计划的等效剂量来源换算为地西泮的日剂量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diazepam eq. (mg/day)</source>
        <translation>地西泮等效（mg/日）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Realised cut</source>
        <translation>实际减幅</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Occupancy (modelled)</source>
        <translation>占有率（模型估算）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Composition</source>
        <translation>组成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: enter an amount in mg</source>
        <translation>%1：请输入以 mg 为单位的剂量</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: enter a whole number of days</source>
        <translation>%1：请输入整数天数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>duration (days)</source>
        <translation>时长（天）</translation>
    </message>
</context>
<context>
    <name>lento::ui::TaperChart</name>
    <message>
        <location filename="../ui/taperchart.cpp" line="+743"/>
        <location line="+15"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Day %1, %2</source>
        <translation>第 %1 天，%2</translation>
    </message>
</context>
<context>
    <name>lento::ui::VersionDiffView</name>
    <message>
        <location filename="../ui/versiondiff.cpp" line="+29"/>
        <source>%1 (day %2)</source>
        <translation>%1（第 %2 天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day %1</source>
        <translation>第 %1 天</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>version %1 of “%2” (%3, %4)</source>
        <translation>“%2”第 %1 版（%3，%4）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>nothing (stopped)</source>
        <translation>无（已停药）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2/day</source>
        <translation>%1 每日 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 at %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+41"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location line="-39"/>
        <source> (at %1)</source>
        <translation>（%1 服用）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> + </source>
        <translation> + </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no changes</source>
        <translation>无变更</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 step</source>
        <translation>1 步</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 steps</source>
        <translation>%1 步</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 added</source>
        <translation>新增 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 removed</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 with other doses</source>
        <translation>%1剂量改变</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 moved</source>
        <translation>%1日期移动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 note changed</source>
        <translation>1 条备注修改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 notes changed</source>
        <translation>%1 条备注修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new start date</source>
        <translation>开始日期改变</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>current regimen changed</source>
        <translation>当前用药方案改变</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>settings changed</source>
        <translation>设置改变</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Title: “%1” → “%2”</source>
        <translation>标题：“%1” → “%2”</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date: %1 → %2</source>
        <translation>开始日期：%1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regimen before the taper: %1 → %2</source>
        <translation>减量前用药方案：%1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patient settings changed (weight, half-life multiplier or earlier abrupt withdrawals).</source>
        <translation>患者参数已改变（体重、半衰期倍数或既往突然停药次数）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model settings changed.</source>
        <translation>模型参数已改变。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drug overrides or definitions changed.</source>
        <translation>药物参数覆盖或药物定义已改变。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added step on %1: %2</source>
        <translation>新增步骤（%1）：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — “%1”</source>
        <translation> — “%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed step of %1: %2</source>
        <translation>删除步骤（%1）：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 later</source>
        <translation>晚 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 earlier</source>
        <translation>早 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved to %1, %2</source>
        <translation>移至 %1，%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>doses %1 → %2</source>
        <translation>剂量 %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>doses unchanged: %1</source>
        <translation>剂量不变：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note “%1” → “%2”</source>
        <translation>备注“%1” → “%2”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step of %1: %2</source>
        <translation>%1 的步骤：%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 steps unchanged; %3.</source>
        <translation>%2 步中 %1 步未变；%3。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Tick two plan versions in the timeline (or select one to compare it with the version before it) to see what changed.</source>
        <translation>在时间线中勾选两个计划版本（或选择一个版本与其上一版本比较）即可查看变更内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From %1
to %2</source>
        <translation>从 %1
到 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This version cannot be read: %1</source>
        <translation>无法读取此版本：%1</translation>
    </message>
</context>
<context>
    <name>lento::ui::VisitDialog</name>
    <message>
        <location filename="../ui/visitdialog.cpp" line="+57"/>
        <source>%1: must be between %2 and %3 %4.</source>
        <translation>%1：必须在 %2 到 %3 %4 之间。</translation>
    </message>
    <message>
        <location line="+387"/>
        <source>Doses taken, row %1: the time must be HH:MM between 00:00 and 23:59, or empty.</source>
        <translation>实际服药，第 %1 行：时间必须为 HH:MM 格式，范围 00:00 至 23:59，或留空。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Visit date: required.</source>
        <translation>就诊日期：必填。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visit date: %1 is in the future (today is %2).</source>
        <translation>就诊日期：%1 是将来的日期（今天是 %2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit date: %1 is not a plausible visit date.</source>
        <translation>就诊日期：%1 不是合理的就诊日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Doses taken, row %1</source>
        <translation>实际服药，第 %1 行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: choose the drug.</source>
        <translation>%1：请选择药物。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the dose must be more than 0 mg and at most 10000 mg.</source>
        <translation>%1：剂量必须大于 0 mg 且不超过 10000 mg。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the time must be HH:MM between 00:00 and 23:59, or empty.</source>
        <translation>%1：时间必须为 HH:MM 格式，范围 00:00 至 23:59，或留空。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: “to” (%2) is before “from” (%3).</source>
        <translation>%1：“至”（%2）早于“自”（%3）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: “to” (%2) is after the visit date.</source>
        <translation>%1：“至”（%2）晚于就诊日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: “from” (%2) is in the future.</source>
        <translation>%1：“自”（%2）是将来的日期。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: needs %2 item scores, got %3.</source>
        <translation>%1：需要 %2 项评分，实际为 %3 项。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 item %2 (%3): the score must be between 0 and %4, not %5.</source>
        <translation>%1 第 %2 项（%3）：评分必须在 0 到 %4 之间，而不是 %5。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Blood pressure, systolic</source>
        <translation>血压，收缩压</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blood pressure, diastolic</source>
        <translation>血压，舒张压</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blood pressure: the diastolic value must be below the systolic value.</source>
        <translation>血压：舒张压必须低于收缩压。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse</source>
        <translation>脉搏</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>beats/min</source>
        <translation>次/分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Respirations</source>
        <translation>呼吸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>breaths/min</source>
        <translation>次/分</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Continue the plan</source>
        <translation>继续执行计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold the current dose</source>
        <translation>维持当前剂量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slow the taper</source>
        <translation>放慢减量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step back to a higher dose</source>
        <translation>退回到较高剂量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the taper</source>
        <translation>停止减量</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Please correct the following before saving:</source>
        <translation>保存前请更正以下内容：</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Visit date: %1 is in the future (today is %2); a visit is recorded on or after its day.</source>
        <translation>就诊日期：%1 是将来的日期（今天是 %2）；就诊应在当天或之后记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visit date: %1 is more than a year ago (today is %2). Check the year; an earlier visit entered now is fine.</source>
        <translation>就诊日期：%1 距今已超过一年（今天是 %2）。请核对年份；现在补录以前的就诊是可以的。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Visit more than a year ago</source>
        <translation>就诊日期超过一年前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The visit date %1 is more than a year ago (today is %2).</source>
        <translation>就诊日期 %1 距今已超过一年（今天是 %2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the visit with this date, or go back and change the date?</source>
        <translation>按此日期保存就诊记录，还是返回修改日期？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save with this date</source>
        <translation>按此日期保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change the date</source>
        <translation>修改日期(&amp;C)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Correct visit</source>
        <translation>更正就诊记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New visit</source>
        <translation>新增就诊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visit</source>
        <translation>就诊(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;oses taken (%1)</source>
        <translation>实际服药(&amp;O)（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Visit &amp;date:</source>
        <translation>就诊日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;ecision:</source>
        <translation>决定(&amp;E)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blood pressure, s&amp;ystolic (mmHg):</source>
        <translation>血压，收缩压（mmHg）(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood pressure, di&amp;astolic (mmHg):</source>
        <translation>血压，舒张压（mmHg）(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pulse (beats/min):</source>
        <translation>脉搏（次/分）(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Temperature (°C):</source>
        <translation>体温（°C）(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Respirations (breaths/min):</source>
        <translation>呼吸（次/分）(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Doses actually taken since the last visit on %1: one row per dose time and run of days. Filled from the plan; change what differed.</source>
        <translation>自上次就诊（%1）以来实际服用的剂量：每个服药时间及连续天数一行。已按计划预填；请修改与计划不同之处。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Doses actually taken before this visit: one row per dose time and run of days. Filled from the plan; change what differed.</source>
        <translation>本次就诊前实际服用的剂量：每个服药时间及连续天数一行。已按计划预填；请修改与计划不同之处。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan has no doses in this period (the taper has ended).</source>
        <translation>本期间计划中没有剂量（减量已结束）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drug</source>
        <translation>药物</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mg per dose</source>
        <translation>每次剂量（mg）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add row</source>
        <translation>添加行(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move row</source>
        <translation>删除行(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fill from plan</source>
        <translation>按计划填写(&amp;F)</translation>
    </message>
</context>
<context>
    <name>lento::ui::VisitScaleForm</name>
    <message>
        <location filename="../ui/visitscaleform.cpp" line="+127"/>
        <source>%1: not recorded</source>
        <translation>%1：未记录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no validated bands</source>
        <translation>无经过验证的分级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 total %2 of %3 · %4 (band set %5)</source>
        <translation>%1 总分 %2 / %3 · %4（分级标准 %5）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>CIWA-B recorded at this visit (items 18–20 are rated by the clinician)</source>
        <translation>本次就诊记录的 CIWA-B（第 18–20 项由医生评定）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BWSQ recorded at this visit (answered by the patient)</source>
        <translation>本次就诊记录的 BWSQ（由患者回答）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Band set:</source>
        <translation>分级标准(&amp;B)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (observed)</source>
        <translation>（观察）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scale totals follow symptoms; no score is validated for choosing a dose decision.</source>
        <translation>量表总分反映症状变化；没有任何评分经过验证可用于决定剂量调整。</translation>
    </message>
</context>
<context>
    <name>lento::ui::VisitSettingsBox</name>
    <message>
        <location filename="../ui/visitsettingsbox.cpp" line="+63"/>
        <source>Visits and follow-up</source>
        <translation>复诊与随访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit during a &amp;taper every:</source>
        <translation>减量期间复诊间隔(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit during f&amp;ollow-up every:</source>
        <translation>随访期间复诊间隔(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follo&amp;w-up lasts:</source>
        <translation>随访持续(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A visit is overdue this long after the last one while the patient tapers.</source>
        <translation>减量期间，距上次就诊超过此时长即为复诊逾期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A visit is overdue this long after the last one during follow-up.</source>
        <translation>随访期间，距上次就诊超过此时长即为复诊逾期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long after the last step the patient is in follow-up.</source>
        <translation>最后一步之后患者处于随访期的时长。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit interval during a taper</source>
        <translation>减量期间的复诊间隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit interval during follow-up</source>
        <translation>随访期间的复诊间隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length of follow-up</source>
        <translation>随访时长</translation>
    </message>
</context>
<context>
    <name>lento::ui::WorkspaceActions</name>
    <message>
        <location filename="../ui/workspaceactions.cpp" line="+121"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New patient…</source>
        <translation>新建患者(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import plan…</source>
        <translation>导入计划(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a lento-plan/1 file as a new plan for this patient</source>
        <translation>将 lento-plan/1 文件作为此患者的新计划打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport plan…</source>
        <translation>导出计划(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the plan as a lento-plan/1 file</source>
        <translation>将计划写入 lento-plan/1 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the plan as a new version</source>
        <translation>将计划保存为新版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the patient handout</source>
        <translation>打印患者说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the patient handout as a PDF file</source>
        <translation>将患者说明写入 PDF 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backup database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit &amp;patient…</source>
        <translation>编辑患者(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Patient list</source>
        <translation>患者列表(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find patient</source>
        <translation>查找患者(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to patient &amp;list</source>
        <translation>转到患者列表(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to plan &amp;editor</source>
        <translation>转到计划编辑器(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ull screen</source>
        <translation>全屏(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;demo patient</source>
        <translation>创建演示患者(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an example patient with a generated plan</source>
        <translation>添加一位带有自动生成计划的示例患者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Lento</source>
        <translation>关于 Lento(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
</context>
</TS>
