import { type Currency, emailDomain, type RegionKey, regionSpecs } from "./catalog";
import type { CountryCode } from "./cities";
import { dayOf, fromDay, toWorkday, yearOf } from "./days";
import { personNames } from "./names";
import type { Random } from "./random";
import type { JobRole, PersonRow, RegionRow, ReportingLineRow, TeamMembershipRow, TeamRow } from "./types";

/** A person with what the other generators need to know about them (day numbers, skill). */
export type DemoPerson = PersonRow & {
  index: number;
  regionKey: RegionKey | null;
  hireDay: number;
  /** Last working day, or null. */
  leaveDay: number | null;
  /** Productivity multiplier of sellers (1 = average). */
  skill: number;
};

/** An interval of days, `to` exclusive (null = open). */
export type Span = { from: number; to: number | null };

export type SalesTeam = {
  index: number;
  id: string;
  name: string;
  regionKey: RegionKey;
  managers: (Span & { person: DemoPerson })[];
  members: (Span & { person: DemoPerson })[];
};

export type Organisation = {
  regions: (RegionRow & { key: RegionKey })[];
  teams: TeamRow[];
  people: DemoPerson[];
  reportingLines: ReportingLineRow[];
  teamMemberships: TeamMembershipRow[];
  salesTeams: SalesTeam[];
  sdrs: DemoPerson[];
  solutionEngineers: DemoPerson[];
  csms: DemoPerson[];
  ceo: DemoPerson;
  cro: DemoPerson;
  /** The AE who changed team (and manager) mid-period. */
  mover: DemoPerson;
};

const officeByRegion: Record<RegionKey, readonly string[]> = {
  FR: ["Paris", "Paris", "Lyon"],
  DE: ["München", "Berlin", "Frankfurt am Main"],
  UK: ["London", "London", "Manchester"],
  US: ["New York", "Boston", "Chicago"],
};
const usWestOffices = ["San Francisco", "Austin", "Denver"];

type OrgContext = {
  random: Random;
  ids: Random;
  start: number;
  today: number;
  people: DemoPerson[];
  names: Set<string>;
};

function addPerson(
  ctx: OrgContext,
  spec: {
    role: JobRole;
    title: string;
    region: RegionKey | null;
    country: CountryCode;
    office: string;
    currency: Currency;
    hireDay: number;
    leaveDay?: number | null;
    rampMonths?: number;
    skill?: number;
  },
): DemoPerson {
  const { first, last } = personNames[spec.country];
  let fullName = "";
  // Distinct full names always, distinct first names while the lists allow (a team of three Vincents looks fake).
  for (let attempt = 0; attempt < 60; attempt++) {
    const firstName = ctx.random.pick(first);
    fullName = `${firstName} ${ctx.random.pick(last)}`;
    if (!ctx.names.has(fullName) && (attempt >= 30 || !ctx.names.has(firstName))) break;
  }
  ctx.names.add(fullName);
  ctx.names.add(fullName.split(" ")[0]!);
  const index = ctx.people.length;
  const local = fullName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replaceAll("ß", "ss")
    .toLowerCase()
    .replace(/[^a-z]+/g, ".");
  const hireDay = toWorkday(spec.hireDay, true);
  const leaveDay = spec.leaveDay == null ? null : Math.max(hireDay, toWorkday(spec.leaveDay));
  const person: DemoPerson = {
    id: ctx.ids.uuid(),
    externalId: `EMP-${String(index + 1).padStart(4, "0")}`,
    fullName,
    email: `${local}@${emailDomain}`,
    jobRole: spec.role,
    title: spec.title,
    hireDate: fromDay(hireDay),
    leaveDate: leaveDay === null ? null : fromDay(leaveDay),
    rampMonths: spec.rampMonths ?? 0,
    regionId: null,
    office: spec.office,
    currency: spec.currency,
    index,
    regionKey: spec.region,
    hireDay,
    leaveDay,
    skill: spec.skill ?? 1,
  };
  ctx.people.push(person);
  return person;
}

/** Builds the sales organisation and the teams around it, with hires, leavers, a manager change and a team move. */
export function generateOrganisation(
  random: Random,
  ids: Random,
  params: { scale: number; start: number; today: number },
) {
  const ctx: OrgContext = {
    random,
    ids,
    start: params.start,
    today: params.today,
    people: [],
    names: new Set(),
  };
  const { start, today } = params;
  // Leaders are hired before anyone who reports to them, so every reporting line starts on an active manager.
  const leaderHire = () => start - random.int(2400, 3000);
  const seniorHire = () => start - random.int(300, 2300);
  const hq = { region: "FR" as const, country: "FR" as const, office: "Paris", currency: "EUR" as const };
  const multiplier = Math.max(1, Math.round(params.scale));

  const regions = regionSpecs.map((r) => ({
    id: ids.uuid(),
    key: r.key,
    externalId: `REG-${r.key}`,
    name: r.name,
    countryCode: r.country,
    currency: r.currency,
  }));
  const regionId = (key: RegionKey | null) => regions.find((r) => r.key === key)?.id ?? null;

  const ceo = addPerson(ctx, {
    ...hq,
    role: "executive",
    title: "Chief Executive Officer",
    hireDay: start - 3200,
  });
  const cro = addPerson(ctx, {
    ...hq,
    role: "executive",
    title: "Chief Revenue Officer",
    hireDay: leaderHire(),
  });
  const cfo = addPerson(ctx, {
    ...hq,
    role: "finance",
    title: "Chief Financial Officer",
    hireDay: leaderHire(),
  });
  const commissionAnalyst = addPerson(ctx, {
    ...hq,
    role: "finance",
    title: "Sales Compensation Analyst",
    hireDay: seniorHire(),
  });
  const vpPeople = addPerson(ctx, { ...hq, role: "hr", title: "VP People", hireDay: leaderHire() });
  const hrbp = addPerson(ctx, {
    ...hq,
    role: "hr",
    title: "HR Business Partner, Sales",
    hireDay: seniorHire(),
  });
  const cmo = addPerson(ctx, {
    ...hq,
    role: "marketing",
    title: "Chief Marketing Officer",
    hireDay: leaderHire(),
  });
  const marketers = [
    addPerson(ctx, { ...hq, role: "marketing", title: "Demand Generation Manager", hireDay: seniorHire() }),
    addPerson(ctx, {
      ...hq,
      role: "marketing",
      title: "Marketing Operations Manager",
      hireDay: seniorHire(),
    }),
    addPerson(ctx, {
      region: "US",
      country: "US",
      office: "New York",
      currency: "USD",
      role: "marketing",
      title: "Field Marketing Manager, North America",
      hireDay: start + random.int(200, 400),
    }),
  ];
  const opsDirector = addPerson(ctx, {
    ...hq,
    role: "sales_ops",
    title: "Director of Revenue Operations",
    hireDay: leaderHire(),
  });
  const opsAnalysts = [
    addPerson(ctx, { ...hq, role: "sales_ops", title: "Sales Operations Analyst", hireDay: seniorHire() }),
    addPerson(ctx, {
      region: "US",
      country: "US",
      office: "New York",
      currency: "USD",
      role: "sales_ops",
      title: "Sales Operations Analyst",
      hireDay: seniorHire(),
    }),
  ];

  // Teams: leadership, the sales umbrella and its sub-teams, and the functions around sales.
  const teams: TeamRow[] = [];
  const addTeam = (name: string, region: RegionKey | null, parent: TeamRow | null) => {
    const team: TeamRow = {
      id: ids.uuid(),
      externalId: `TEAM-${String(teams.length + 1).padStart(3, "0")}`,
      name,
      regionId: regionId(region),
      parentTeamId: parent?.id ?? null,
    };
    teams.push(team);
    return team;
  };
  const leadership = addTeam("Leadership", null, null);
  const sales = addTeam("Sales", null, leadership);
  const marketingTeam = addTeam("Marketing", null, leadership);
  const financeTeam = addTeam("Finance", null, leadership);
  const peopleTeam = addTeam("People", null, leadership);
  const opsTeam = addTeam("Revenue Operations", null, sales);
  const sdrTeam = addTeam("Sales Development", null, sales);
  const seTeam = addTeam("Solutions Engineering", null, sales);
  const csTeam = addTeam("Customer Success", null, sales);

  const memberships: { person: DemoPerson; team: TeamRow; span: Span }[] = [];
  const lines: { person: DemoPerson; manager: DemoPerson; span: Span }[] = [];
  const join = (person: DemoPerson, team: TeamRow, manager: DemoPerson | null) => {
    const span = { from: person.hireDay, to: person.leaveDay === null ? null : person.leaveDay + 1 };
    memberships.push({ person, team, span });
    if (manager) lines.push({ person, manager, span });
  };
  join(ceo, leadership, null);
  join(cro, sales, ceo);
  join(cfo, financeTeam, ceo);
  join(commissionAnalyst, financeTeam, cfo);
  join(vpPeople, peopleTeam, ceo);
  join(hrbp, peopleTeam, vpPeople);
  join(cmo, marketingTeam, ceo);
  for (const m of marketers) join(m, marketingTeam, cmo);
  join(opsDirector, opsTeam, cro);
  for (const a of opsAnalysts) join(a, opsTeam, opsDirector);

  // AE teams: seats filled before the period, some leavers with backfills, growth seats in the last two years.
  const aeSkill = () => Math.min(2.2, Math.max(0.45, random.lognormal(1, 0.38)));
  const salesTeams: SalesTeam[] = [];
  const year = yearOf(today);
  for (const region of regionSpecs) {
    const offices = officeByRegion[region.key];
    for (const base of region.teams) {
      for (let copy = 0; copy < multiplier; copy++) {
        const name = multiplier === 1 ? base.name : `${base.name} ${copy + 1}`;
        const team = addTeam(name, region.key, sales);
        const west = base.name === "US West";
        const office = west ? usWestOffices[0]! : offices[0]!;
        const place = { region: region.key, country: region.country, currency: region.currency } as const;
        const manager = addPerson(ctx, {
          ...place,
          office,
          role: "manager",
          title: `Regional Sales Manager, ${name}`,
          hireDay: leaderHire(),
        });
        const salesTeam: SalesTeam = {
          index: salesTeams.length,
          id: team.id,
          name,
          regionKey: region.key,
          managers: [{ person: manager, from: manager.hireDay, to: null }],
          members: [],
        };
        salesTeams.push(salesTeam);
        const seat = (hireDay: number, rampMonths: number, leaveChance: number) => {
          let hire = hireDay;
          let ramp = rampMonths;
          for (let occupant = 0; occupant < 4 && hire <= today - 5; occupant++) {
            const leaves = random.chance(leaveChance);
            const earliestLeave = Math.max(hire + 240, start + 45);
            const leaveDay =
              leaves && earliestLeave < today - 40 ? random.int(earliestLeave, today - 40) : null;
            const person = addPerson(ctx, {
              ...place,
              office: west ? random.pick(usWestOffices) : random.pick(offices),
              role: "ae",
              title: "Account Executive",
              hireDay: hire,
              leaveDay,
              rampMonths: ramp,
              skill: aeSkill(),
            });
            salesTeam.members.push({
              person,
              from: person.hireDay,
              to: leaveDay === null ? null : person.leaveDay! + 1,
            });
            if (leaveDay === null) break;
            hire = leaveDay + random.int(20, 80);
            ramp = random.int(3, 6);
            leaveChance = 0.08;
          }
        };
        for (let s = 0; s < base.seats; s++) seat(start - random.int(120, 2200), 4, 0.2);
        // Growth: the company adds sellers as it grows; these are the ramping new hires.
        const growthYears = [year - 1, year];
        growthYears.forEach((y, i) => {
          const opensThisYear = (salesTeam.index + i) % 2 === 0 || region.key === "FR";
          if (!opensThisYear) return;
          const opening = Math.min(
            today - 30,
            dayOf(y, 1 + ((salesTeam.index * 3 + i * 5) % 9), 1) + random.int(0, 25),
          );
          seat(opening, random.int(4, 6), 0.05);
        });
      }
    }
  }

  // A manager change: the first UK manager leaves in spring of last year; a successor takes over the team.
  const ukTeam = salesTeams.find((t) => t.regionKey === "UK")!;
  const handover = dayOf(year - 1, 4, 1);
  const oldUkManager = ukTeam.managers[0]!.person;
  oldUkManager.leaveDay = handover - 1;
  oldUkManager.leaveDate = fromDay(handover - 1);
  ukTeam.managers[0]!.to = handover;
  const newUkManager = addPerson(ctx, {
    region: "UK",
    country: "GB",
    currency: "GBP",
    office: "London",
    role: "manager",
    title: `Regional Sales Manager, ${ukTeam.name}`,
    hireDay: handover - 30,
  });
  ukTeam.managers.push({ person: newUkManager, from: handover, to: null });

  // A team move: an established US East rep moves to US West at the start of last year's second half.
  const east = salesTeams.find((t) => t.name.startsWith("US East"))!;
  const westTeam = salesTeams.find((t) => t.name.startsWith("US West"))!;
  const move = dayOf(year - 1, 7, 1);
  const moverSeat = east.members.find((m) => m.from < start && m.to === null)!;
  const mover = moverSeat.person;
  moverSeat.to = move;
  westTeam.members.push({ person: mover, from: move, to: null });
  mover.office = "Denver";

  for (const team of salesTeams) {
    const teamRow = teams.find((t) => t.id === team.id)!;
    for (const m of team.managers) {
      memberships.push({ person: m.person, team: teamRow, span: { from: m.person.hireDay, to: m.to } });
      lines.push({ person: m.person, manager: cro, span: { from: m.person.hireDay, to: m.to } });
    }
    for (const member of team.members) {
      memberships.push({ person: member.person, team: teamRow, span: member });
      for (const m of team.managers) {
        const from = Math.max(member.from, m.from);
        const to = minEnd(member.to, m.to);
        if (to === null || to > from)
          lines.push({ person: member.person, manager: m.person, span: { from, to } });
      }
    }
  }

  // Sales development, solutions engineering and customer success.
  const sdrHead = addPerson(ctx, {
    ...hq,
    role: "manager",
    title: "Head of Sales Development",
    hireDay: leaderHire(),
  });
  join(sdrHead, sdrTeam, cro);
  const sdrs: DemoPerson[] = [];
  for (const region of regionSpecs) {
    for (let s = 0; s < region.sdrSeats * multiplier; s++) {
      let hire = start - random.int(30, 700);
      for (let occupant = 0; occupant < 4 && hire <= today - 5; occupant++) {
        const earliestLeave = Math.max(hire + 200, start + 30);
        const leaveDay =
          random.chance(0.25) && earliestLeave < today - 30 ? random.int(earliestLeave, today - 30) : null;
        const sdr = addPerson(ctx, {
          region: region.key,
          country: region.country,
          currency: region.currency,
          office: officeByRegion[region.key][0]!,
          role: "sdr",
          title: "Sales Development Representative",
          hireDay: hire,
          leaveDay,
          rampMonths: 2,
          skill: Math.min(1.6, Math.max(0.6, random.lognormal(1, 0.2))),
        });
        sdrs.push(sdr);
        join(sdr, sdrTeam, sdrHead);
        if (leaveDay === null) break;
        hire = leaveDay + random.int(15, 60);
      }
    }
  }
  const seOffices = [
    hq,
    { region: "DE", country: "DE", office: "München", currency: "EUR" },
    { region: "US", country: "US", office: "New York", currency: "USD" },
  ] as const;
  const solutionEngineers: DemoPerson[] = [];
  for (let s = 0; s < 3 * multiplier; s++) {
    const se = addPerson(ctx, {
      ...seOffices[s % 3]!,
      role: "se",
      title: "Solutions Engineer",
      hireDay: seniorHire(),
      rampMonths: 3,
    });
    solutionEngineers.push(se);
    join(se, seTeam, cro);
  }
  const csHead = addPerson(ctx, {
    ...hq,
    role: "manager",
    title: "Head of Customer Success",
    hireDay: leaderHire(),
  });
  join(csHead, csTeam, cro);
  const csOffices = [
    hq,
    { region: "UK", country: "GB", office: "London", currency: "GBP" },
    { region: "US", country: "US", office: "Chicago", currency: "USD" },
  ] as const;
  const csms: DemoPerson[] = [];
  for (let s = 0; s < 3 * multiplier; s++) {
    const csm = addPerson(ctx, {
      ...csOffices[s % 3]!,
      role: "csm",
      title: "Customer Success Manager",
      hireDay: seniorHire(),
      rampMonths: 2,
    });
    csms.push(csm);
    join(csm, csTeam, csHead);
  }

  for (const person of ctx.people) person.regionId = regionId(person.regionKey);
  const reportingLines: ReportingLineRow[] = lines.map((l) => ({
    id: ids.uuid(),
    personId: l.person.id,
    managerId: l.manager.id,
    validFrom: fromDay(l.span.from),
    validTo: l.span.to === null ? null : fromDay(l.span.to),
  }));
  const teamMemberships: TeamMembershipRow[] = memberships.map((m) => ({
    id: ids.uuid(),
    personId: m.person.id,
    teamId: m.team.id,
    validFrom: fromDay(m.span.from),
    validTo: m.span.to === null ? null : fromDay(m.span.to),
  }));
  return {
    regions,
    teams,
    people: ctx.people,
    reportingLines,
    teamMemberships,
    salesTeams,
    sdrs,
    solutionEngineers,
    csms,
    ceo,
    cro,
    mover,
  } satisfies Organisation;
}

function minEnd(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

/** Whether `person` works on `day`. */
export function isActive(person: { hireDay: number; leaveDay: number | null }, day: number): boolean {
  return person.hireDay <= day && (person.leaveDay === null || day <= person.leaveDay);
}
