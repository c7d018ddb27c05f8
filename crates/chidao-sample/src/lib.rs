//! Deterministic synthetic datasets with the shape of a national task tracker.
//!
//! Per million tasks a dataset holds about 100,000 directives, 30,000 meetings, 3,000 agencies
//! across the 34 provinces and the ministries, 20,000 indicators over five years and 20,000
//! projects, with Vietnamese names, a realistic mix of task statuses and deadline kinds, group
//! assignments, and a few deliberate warnings (deadlines written a year too early, drafts without
//! a number). Generated datasets validate with zero errors. The same configuration always gives
//! the same dataset.
//!
//! ```
//! use chidao_sample::SampleConfig;
//! let dataset = SampleConfig::new(1_000).with_seed(7).generate();
//! assert_eq!(dataset.tasks().len(), 1_000);
//! assert_eq!(dataset.validate().error_count(), 0);
//! assert_eq!(dataset, SampleConfig::new(1_000).with_seed(7).generate());
//! ```
#![deny(missing_docs)]

mod names;

use chidao_model::{
    Agency, AgencyGroup, AgencyId, AgencyKind, AgencyLevel, Attendee, Authority, Baseline, Dataset,
    DatasetParts, Deadline, DeadlineTerm, Decimal, Directive, DirectiveId, DocumentNumber,
    DocumentType, ExpectedOutput, Figure, FigureKind, Frequency, GroupCriteria, Halt, HaltKind,
    Indicator, IndicatorGroup, IndicatorYear, InvestmentForm, Lang, Measure, Meeting, MeetingKind,
    Milestone, NaiveDate, Official, OfficialId, OutputKind, Polarity, Position, ProgressUpdate,
    Project, ProjectPhase, Sector, Signature, Source, SourceId, SourceKind, Target, Task, Text,
    Unit, YearSpan,
};
use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::{Rng, SeedableRng};

/// What to generate. Build with [`SampleConfig::new`], then [`SampleConfig::generate`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SampleConfig {
    tasks: usize,
    seed: u64,
    reference: NaiveDate,
}

impl SampleConfig {
    /// A dataset of `tasks` tasks, seed 0, with completions up to 2025-06-30.
    pub fn new(tasks: usize) -> Self {
        SampleConfig {
            tasks,
            seed: 0,
            reference: NaiveDate::from_ymd_opt(2025, 6, 30).expect("valid date"),
        }
    }

    /// The same configuration with another seed.
    #[must_use]
    pub fn with_seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self
    }

    /// The same configuration with another reference day: work due before it is mostly
    /// completed, work due after it mostly open.
    #[must_use]
    pub fn with_reference_date(mut self, day: NaiveDate) -> Self {
        self.reference = day;
        self
    }

    /// The reference day (see [`SampleConfig::with_reference_date`]): the natural as-of date
    /// of reports on the sample.
    pub fn reference_date(&self) -> NaiveDate {
        self.reference
    }

    /// The number of tasks.
    pub fn tasks(&self) -> usize {
        self.tasks
    }

    /// Generates the dataset.
    pub fn generate(&self) -> Dataset {
        Dataset::new(Generator::new(*self).run())
    }
}

struct Province {
    committee: AgencyId,
    departments: Vec<AgencyId>,
    districts: Vec<AgencyId>,
    groups: Vec<AgencyId>,
    chair: OfficialId,
    vice: OfficialId,
    office_chief: OfficialId,
    meetings: Vec<usize>,
    directives_per_year: std::collections::HashMap<i32, u32>,
}

struct Generator {
    cfg: SampleConfig,
    rng: ChaCha8Rng,
    source: SourceId,
    parts: DatasetParts,
    provinces: Vec<Province>,
    ministries: Vec<AgencyId>,
}

fn id<T: std::str::FromStr>(s: String) -> T
where
    T::Err: std::fmt::Debug,
{
    s.parse().expect("generated ids are valid")
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

fn scaled(tasks: usize, per_million: usize, floor: usize) -> usize {
    ((tasks as u128 * per_million as u128 / 1_000_000) as usize).max(floor)
}

impl Generator {
    fn new(cfg: SampleConfig) -> Self {
        Generator {
            rng: ChaCha8Rng::seed_from_u64(cfg.seed),
            cfg,
            source: id("synthetic".to_owned()),
            parts: DatasetParts::new(),
            provinces: Vec::new(),
            ministries: Vec::new(),
        }
    }

    fn below(&mut self, n: usize) -> usize {
        (self.rng.next_u64() % n.max(1) as u64) as usize
    }

    fn chance(&mut self, per_mille: u64) -> bool {
        self.rng.next_u64() % 1000 < per_mille
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn person(&mut self) -> String {
        let f = *self.pick(&names::FAMILY);
        let m = *self.pick(&names::MIDDLE);
        let g = *self.pick(&names::GIVEN);
        format!("{f} {m} {g}")
    }

    fn place(&mut self) -> String {
        let a = *self.pick(&names::PLACE);
        let b = *self.pick(&names::PLACE);
        format!("{a} {b}")
    }

    fn sources(&self) -> Vec<SourceId> {
        vec![self.source.clone()]
    }

    fn run(mut self) -> DatasetParts {
        let n = self.cfg.tasks;
        self.parts.title = Some(Text::new(
            format!("Dữ liệu mô phỏng quy mô quốc gia: {n} nhiệm vụ"),
            format!("Synthetic national-scale data: {n} tasks"),
        ));
        let mut src = Source::new(
            self.source.clone(),
            Text::new("Dữ liệu mô phỏng", "Synthetic data"),
            SourceKind::Synthetic,
        );
        src.publisher = Some("chidao sample".to_owned());
        self.parts.sources.push(src);
        self.agencies(n);
        let meetings = scaled(n, 30_000, 1);
        let directives = scaled(n, 100_000, 1);
        for i in 0..meetings {
            self.meeting(i);
        }
        let indicators = scaled(n, 20_000, 1);
        for i in 0..indicators {
            self.indicator(i);
        }
        let projects = scaled(n, 20_000, 1);
        for i in 0..projects {
            self.project(i);
        }
        // tasks are spread evenly over directives, in directive order
        let mut assigned = 0;
        for i in 0..directives {
            let end = (i + 1) * n / directives;
            let count = end - assigned;
            self.directive(i, count, indicators, projects);
            assigned = end;
        }
        self.parts
    }

    fn agencies(&mut self, n: usize) {
        let scale = (n as f64 / 1_000_000.0).min(1.0);
        let departments = ((names::DEPARTMENTS.len() as f64 * scale).round() as usize).max(2);
        let districts = ((68.0 * scale).round() as usize).max(1);
        let mut gov = Agency::new(
            id("chinh-phu".into()),
            Text::new("Chính phủ", "Government"),
            AgencyKind::Government,
            AgencyLevel::Central,
        );
        gov.sources = self.sources();
        self.parts.agencies.push(gov);
        for (i, (vi, en)) in names::MINISTRIES.iter().enumerate() {
            let aid: AgencyId = id(format!("bo-{i:02}"));
            let mut a = Agency::new(
                aid.clone(),
                Text::new(*vi, *en),
                AgencyKind::Ministry,
                AgencyLevel::Central,
            );
            a.parent = Some(id("chinh-phu".into()));
            a.sources = self.sources();
            self.parts.agencies.push(a);
            self.ministries.push(aid);
        }
        let mut all = AgencyGroup::new(
            id("cac-bo-nganh".into()),
            Text::new("Các bộ, ngành", "All ministries"),
        );
        all.criteria = Some(GroupCriteria::new(
            vec![AgencyKind::Ministry],
            Some(AgencyLevel::Central),
        ));
        all.sources = self.sources();
        self.parts.agency_groups.push(all);

        for (p, name) in names::PROVINCES.iter().enumerate() {
            let committee: AgencyId = id(format!("t{p:02}-ubnd"));
            let mut c = Agency::new(
                committee.clone(),
                Text::new(
                    format!("UBND tỉnh {name}"),
                    format!("{name} Provincial People's Committee"),
                ),
                AgencyKind::PeoplesCommittee,
                AgencyLevel::Province,
            );
            c.abbreviation = Some(format!("UBND {name}"));
            c.sources = self.sources();
            self.parts.agencies.push(c);
            let mut office = Agency::new(
                id(format!("t{p:02}-vp")),
                Text::new(
                    format!("Văn phòng UBND tỉnh {name}"),
                    format!("Office of the {name} People's Committee"),
                ),
                AgencyKind::GovernmentOffice,
                AgencyLevel::Province,
            );
            office.parent = Some(committee.clone());
            office.sources = self.sources();
            self.parts.agencies.push(office);
            let mut dept_ids = Vec::new();
            for (d, (vi, en)) in names::DEPARTMENTS.iter().take(departments).enumerate() {
                let aid: AgencyId = id(format!("t{p:02}-s{d:02}"));
                let mut a = Agency::new(
                    aid.clone(),
                    Text::new(format!("{vi} tỉnh {name}"), format!("{en}, {name}")),
                    AgencyKind::Department,
                    AgencyLevel::Province,
                );
                a.parent = Some(committee.clone());
                a.sources = self.sources();
                self.parts.agencies.push(a);
                dept_ids.push(aid);
            }
            let mut district_ids = Vec::new();
            for d in 0..districts {
                let aid: AgencyId = id(format!("t{p:02}-h{d:02}"));
                let place = self.place();
                let mut a = Agency::new(
                    aid.clone(),
                    Text::new(
                        format!("UBND huyện {place} ({name})"),
                        format!("{place} District People's Committee ({name})"),
                    ),
                    AgencyKind::DistrictCommittee,
                    AgencyLevel::District,
                );
                a.parent = Some(committee.clone());
                a.sources = self.sources();
                self.parts.agencies.push(a);
                district_ids.push(aid);
            }
            let mut groups = Vec::new();
            for (suffix, vi, en, kind) in [
                (
                    "cac-so",
                    "Các sở, ban, ngành",
                    "All departments",
                    AgencyKind::Department,
                ),
                (
                    "cac-huyen",
                    "UBND các huyện, thành phố",
                    "All district people's committees",
                    AgencyKind::DistrictCommittee,
                ),
            ] {
                let gid: AgencyId = id(format!("t{p:02}-{suffix}"));
                let mut g = AgencyGroup::new(
                    gid.clone(),
                    Text::new(format!("{vi} tỉnh {name}"), format!("{en}, {name}")),
                );
                g.criteria = Some(GroupCriteria::new(vec![kind], None).under(committee.clone()));
                g.sources = self.sources();
                self.parts.agency_groups.push(g);
                groups.push(gid);
            }
            let mut officials = Vec::new();
            for (k, (vi, en)) in [
                (
                    "Chủ tịch UBND tỉnh",
                    "Chairman of the Provincial People's Committee",
                ),
                (
                    "Phó Chủ tịch UBND tỉnh",
                    "Vice Chairman of the Provincial People's Committee",
                ),
                (
                    "Chánh Văn phòng UBND tỉnh",
                    "Chief of the Office of the Provincial People's Committee",
                ),
            ]
            .into_iter()
            .enumerate()
            {
                let oid: OfficialId = id(format!("t{p:02}-o{k}"));
                let mut o = Official::new(oid.clone(), self.person());
                let mut pos = Position::new(Text::new(vi, en), Some(committee.clone()));
                pos.from = Some(day(2021, 1, 1));
                o.positions.push(pos);
                o.sources = self.sources();
                self.parts.officials.push(o);
                officials.push(oid);
            }
            self.provinces.push(Province {
                committee,
                departments: dept_ids,
                districts: district_ids,
                groups,
                chair: officials[0].clone(),
                vice: officials[1].clone(),
                office_chief: officials[2].clone(),
                meetings: Vec::new(),
                directives_per_year: Default::default(),
            });
        }
    }

    fn date_between(&mut self, from: NaiveDate, days: usize) -> NaiveDate {
        from + chrono::Days::new(self.below(days) as u64)
    }

    fn meeting(&mut self, i: usize) {
        let p = i % self.provinces.len();
        let date = self.date_between(day(2021, 1, 4), 365 * 5);
        let kind = *self.pick(&[
            MeetingKind::Conference,
            MeetingKind::OnlineConference,
            MeetingKind::WorkingSession,
            MeetingKind::GovernmentSession,
        ]);
        let subject = *self.pick(&names::SUBJECTS);
        let mut m = Meeting::new(
            id(format!("m{i}")),
            Text::new(
                format!("Họp về {}", subject.0),
                format!("Meeting on {}", subject.1),
            ),
            kind,
            date,
        );
        let prov = &self.provinces[p];
        m.host = Some(prov.committee.clone());
        m.chair = Some(if i.is_multiple_of(3) {
            prov.chair.clone()
        } else {
            prov.vice.clone()
        });
        m.attendees = vec![Attendee::agency(prov.groups[0].clone())];
        if kind == MeetingKind::OnlineConference {
            m.counts.connection_points = Some(10 + self.below(200) as u32);
            m.counts.participants = Some(100 + self.below(3_000) as u32);
        }
        m.sources = self.sources();
        self.provinces[p].meetings.push(self.parts.meetings.len());
        self.parts.meetings.push(m);
    }

    fn indicator(&mut self, i: usize) {
        let (vi, en, measure, unit, lower) = *self.pick(&names::INDICATORS);
        let p = i % self.provinces.len();
        let province = names::PROVINCES[p];
        let measure: Measure = measure.parse().expect("known measure");
        let unit: Option<Unit> = unit.map(|u| u.parse().expect("known unit"));
        let polarity = if lower {
            Polarity::LowerIsBetter
        } else {
            Polarity::HigherIsBetter
        };
        let group = match i % 3 {
            0 => IndicatorGroup::Economy,
            1 => IndicatorGroup::Society,
            _ => IndicatorGroup::Environment,
        };
        let mut ind = Indicator::new(
            id(format!("i{i}")),
            Text::new(format!("{vi} ({province})"), format!("{en} ({province})")),
            group,
            measure,
            unit,
            polarity,
        );
        let base = Decimal::new(20 + self.below(900) as i64, 1);
        if measure != Measure::Qualitative {
            ind.baseline = Some(Baseline::new(2020, base));
        }
        for year in 2021..=2025 {
            let mut y = IndicatorYear::new(year);
            if measure == Measure::Qualitative {
                y.target = Some(Target::Qualitative {
                    text: Text::new("Nhóm khá", "Fairly good group"),
                });
                if year < 2025 && self.chance(600) {
                    y.qualitative_result = Some(Text::new("Nhóm khá", "Fairly good group"));
                }
            } else {
                let t = base + Decimal::new(self.below(50) as i64, 1);
                y.target = Some(match self.below(5) {
                    0 => Target::Range {
                        min: t,
                        max: t + Decimal::new(5, 1),
                    },
                    1 if lower => Target::AtMost { value: t },
                    1 => Target::AtLeast { value: t },
                    2 => Target::About { value: t },
                    _ => Target::Exact { value: t },
                });
                if year < 2025 || self.chance(700) {
                    let delta = Decimal::new(self.below(21) as i64 - 10, 1);
                    let kind = if year < 2024 {
                        FigureKind::Actual
                    } else {
                        FigureKind::Estimate
                    };
                    y.figure = Some(Figure::new(kind, (t + delta).max(Decimal::ZERO)));
                }
            }
            y.sources = self.sources();
            ind.years.push(y);
        }
        ind.sources = self.sources();
        self.parts.indicators.push(ind);
    }

    fn project(&mut self, i: usize) {
        let (vi, en, sector) = *self.pick(&names::PROJECTS);
        let p = i % self.provinces.len();
        let place = self.place();
        let sector: Sector = sector.parse().expect("known sector");
        let mut pr = Project::new(
            id(format!("p{i}")),
            Text::new(
                format!("{vi} {place} ({})", names::PROVINCES[p]),
                format!("{en} {place} ({})", names::PROVINCES[p]),
            ),
            sector,
        );
        pr.investment_form = Some(*self.pick(&[
            InvestmentForm::Public,
            InvestmentForm::Public,
            InvestmentForm::Bot,
            InvestmentForm::Ppp,
            InvestmentForm::Private,
            InvestmentForm::Oda,
        ]));
        pr.owner = Some(self.provinces[p].committee.clone());
        pr.locations = vec![chidao_model::Text::vi(place)];
        pr.total_investment_vnd = Some((50 + self.below(20_000) as u64) * 1_000_000_000);
        let start = 2019 + self.below(6) as i32;
        pr.period = Some(YearSpan {
            start,
            end: start + 1 + self.below(5) as i32,
        });
        pr.phase = Some(*self.pick(&[
            ProjectPhase::Preparation,
            ProjectPhase::SiteClearance,
            ProjectPhase::Construction,
            ProjectPhase::Operating,
            ProjectPhase::Completed,
        ]));
        pr.milestones.push(Milestone::new(
            Text::new("Khởi công", "Groundbreaking"),
            Some(day(
                start,
                1 + self.below(12) as u32,
                1 + self.below(28) as u32,
            )),
            true,
        ));
        pr.sources = self.sources();
        self.parts.projects.push(pr);
    }

    fn directive(&mut self, i: usize, tasks: usize, indicators: usize, projects: usize) {
        let p = i % self.provinces.len();
        let meeting = if self.provinces[p].meetings.is_empty() || self.chance(400) {
            None
        } else {
            let k = self.below(self.provinces[p].meetings.len());
            Some(self.provinces[p].meetings[k])
        };
        let date = match meeting {
            Some(m) => self.parts.meetings[m].date + chrono::Days::new(1 + self.below(10) as u64),
            None => self.date_between(day(2021, 1, 4), 365 * 5),
        };
        let doc_type = *self.pick(&[
            DocumentType::Notice,
            DocumentType::Notice,
            DocumentType::Notice,
            DocumentType::Decision,
            DocumentType::Plan,
            DocumentType::Instruction,
        ]);
        let year = chrono::Datelike::year(&date);
        let draft = self.chance(5);
        let seq = {
            let counter = self.provinces[p]
                .directives_per_year
                .entry(year)
                .or_insert(0);
            *counter += 1;
            *counter
        };
        let abbr = doc_type.abbreviation().unwrap_or("CV");
        let number = if draft {
            format!("/{abbr}-UBND")
        } else {
            format!("{seq}/{abbr}-UBND")
        };
        let subject = *self.pick(&names::SUBJECTS);
        let prov = &self.provinces[p];
        let mut d = Directive::new(
            id(format!("d{i}")),
            doc_type,
            prov.committee.clone(),
            Text::new(
                format!("{} về {}", doc_type.label(Lang::Vi), subject.0),
                format!("{} on {}", doc_type.label(Lang::En), subject.1),
            ),
        );
        d.number = Some(DocumentNumber::lenient(number));
        d.draft = draft;
        if !draft {
            d.date = Some(date);
        }
        d.place = Some(names::PROVINCES[p].to_owned());
        d.meeting = meeting.map(|m| self.parts.meetings[m].id.clone());
        d.conclusions_of = Some(prov.vice.clone());
        let mut sig = Signature::new(
            prov.office_chief.clone(),
            Authority::ByOrder,
            Text::new("Chánh Văn phòng", "Office Chief"),
        );
        sig.for_title = Some(Text::new("Chủ tịch", "Chairman"));
        d.signer = Some(sig);
        d.recipients = prov.groups.clone();
        d.sources = self.sources();
        let directive_id: DirectiveId = d.id.clone();
        self.parts.directives.push(d);
        for k in 0..tasks {
            self.task(p, &directive_id, k, date, indicators, projects);
        }
    }

    fn deadline(&mut self, assigned: NaiveDate) -> DeadlineTerm {
        use chrono::Datelike;
        let due = assigned + chrono::Days::new(7 + self.below(180) as u64);
        match self.below(100) {
            0..45 => DeadlineTerm::OnDate { date: due },
            45..65 => DeadlineTerm::Month {
                year: due.year(),
                month: due.month(),
            },
            65..75 => DeadlineTerm::Quarter {
                year: due.year(),
                quarter: due.month().div_ceil(3),
            },
            75..78 => DeadlineTerm::HalfYear {
                year: due.year(),
                half: if due.month() <= 6 { 1 } else { 2 },
            },
            78..83 => DeadlineTerm::Year { year: due.year() },
            83..95 => DeadlineTerm::None,
            _ => DeadlineTerm::Recurring {
                frequency: *self.pick(&[
                    Frequency::Ongoing,
                    Frequency::Monthly,
                    Frequency::Quarterly,
                ]),
                anchor: None,
            },
        }
    }

    fn task(
        &mut self,
        p: usize,
        directive: &DirectiveId,
        k: usize,
        assigned: NaiveDate,
        indicators: usize,
        projects: usize,
    ) {
        let n = self.parts.tasks.len();
        let (wvi, wen) = *self.pick(&names::WORK);
        let (svi, sen) = *self.pick(&names::SUBJECTS);
        let mut t = Task::new(
            id(format!("t{n}")),
            directive.clone(),
            (k + 1).to_string(),
            Text::new(format!("{wvi} {svi}"), format!("{wen} {sen}")),
        );
        let roll = self.below(100);
        let (nd, nh) = (
            self.provinces[p].departments.len(),
            self.provinces[p].districts.len(),
        );
        let lead = match roll {
            0..70 => {
                let k = self.below(nd);
                self.provinces[p].departments[k].clone()
            }
            70..85 => {
                let k = self.below(2);
                self.provinces[p].groups[k].clone()
            }
            _ => {
                let k = self.below(nh);
                self.provinces[p].districts[k].clone()
            }
        };
        for _ in 0..self.below(3) {
            let k = self.below(nd);
            let c = self.provinces[p].departments[k].clone();
            if c != lead && !t.coordinating.contains(&c) {
                t.coordinating.push(c);
            }
        }
        if self.chance(100) {
            let k = self.below(self.ministries.len());
            t.coordinating.push(self.ministries[k].clone());
        }
        t.lead = Some(lead);
        let mut term = self.deadline(assigned);
        let mut as_written = term.describe(Lang::Vi);
        if self.chance(1) {
            // a slip of the pen: the year before the directive's
            if let DeadlineTerm::OnDate { date } = term {
                let slipped = date - chrono::Days::new(365);
                if slipped < assigned {
                    term = DeadlineTerm::OnDate { date: slipped };
                    as_written = term.describe(Lang::Vi);
                }
            }
        }
        t.deadline = Deadline::new(term).with_as_written(as_written);
        if self.chance(300) {
            t.output = Some(ExpectedOutput::new(*self.pick(&[
                OutputKind::Report,
                OutputKind::Plan,
                OutputKind::DraftDocument,
                OutputKind::WrittenReply,
            ])));
        }
        if self.chance(100) {
            t.indicators
                .push(id(format!("i{}", self.below(indicators))));
        }
        if self.chance(100) {
            t.projects.push(id(format!("p{}", self.below(projects))));
        }
        let due = t.deadline.due_date();
        let reference = self.cfg.reference;
        let likely_done = due.is_some_and(|d| d < reference);
        if self.chance(if likely_done { 750 } else { 250 }) {
            let span = due.map_or(120, |d| (d - assigned).num_days().max(1) as usize);
            let late = self.chance(200);
            let done = if late {
                due.unwrap_or(assigned) + chrono::Days::new(1 + self.below(60) as u64)
            } else {
                assigned + chrono::Days::new(self.below(span) as u64)
            };
            let done = done.max(assigned);
            if done <= reference {
                t.completed_on = Some(done);
            }
        }
        if t.completed_on.is_none() {
            if self.chance(10) {
                t.halt = Some(Halt::new(
                    HaltKind::Postponed,
                    Some(assigned + chrono::Days::new(30)),
                ));
            } else if self.chance(5) {
                t.halt = Some(Halt::new(HaltKind::Cancelled, None));
            }
        }
        for u in 0..self.below(3) {
            let date = assigned + chrono::Days::new(10 * (u as u64 + 1));
            let percent = (30 * (u + 1)).min(100) as u8;
            t.progress.push(ProgressUpdate::new(
                date,
                Some(percent),
                Text::new(
                    format!("Đã thực hiện khoảng {percent}% khối lượng"),
                    format!("About {percent}% done"),
                ),
            ));
        }
        t.sources = self.sources();
        self.parts.tasks.push(t);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chidao_model::{Rule, TaskStatus};

    #[test]
    fn shape_scales_with_tasks() {
        let ds = SampleConfig::new(10_000).generate();
        assert_eq!(ds.tasks().len(), 10_000);
        assert_eq!(ds.directives().len(), 1_000);
        assert_eq!(ds.meetings().len(), 300);
        assert_eq!(ds.indicators().len(), 200);
        assert_eq!(ds.projects().len(), 200);
        assert!(ds.agencies().len() > 34 * 4);
    }

    #[test]
    fn validates_with_only_deliberate_warnings() {
        let ds = SampleConfig::new(20_000).with_seed(3).generate();
        let findings = ds.validate();
        assert_eq!(
            findings.error_count(),
            0,
            "{:?}",
            findings
                .iter()
                .find(|f| f.severity == chidao_model::Severity::Error)
        );
        for f in &findings {
            assert!(
                matches!(
                    f.rule,
                    Rule::DeadlineBeforeDirective | Rule::UnassignedDocumentNumber
                ),
                "{f}"
            );
        }
        assert!(findings.warning_count() > 0);
    }

    #[test]
    fn statuses_are_mixed() {
        let ds = SampleConfig::new(5_000).generate();
        let as_of = day(2025, 6, 30);
        let mut seen = std::collections::HashSet::new();
        for t in ds.tasks() {
            seen.insert(t.status(as_of));
        }
        for s in [
            TaskStatus::CompletedOnTime,
            TaskStatus::CompletedLate,
            TaskStatus::InProgress,
            TaskStatus::Overdue,
            TaskStatus::NoDeadline,
            TaskStatus::Postponed,
            TaskStatus::Cancelled,
        ] {
            assert!(seen.contains(&s), "{s:?} missing");
        }
    }

    #[test]
    fn seeds_differ_and_repeat() {
        let a = SampleConfig::new(500).with_seed(1).generate();
        let b = SampleConfig::new(500).with_seed(2).generate();
        assert_ne!(a, b);
        assert_eq!(a, SampleConfig::new(500).with_seed(1).generate());
    }
}
