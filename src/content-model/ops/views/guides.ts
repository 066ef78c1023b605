import {routes} from '../../../routes/table';
import {findComponent} from '../../registry';
import {commsTemplates} from '../comms';
import {assessStore, drillMeetsTargets, platformTargets, recoveryApproaches, type StoreAssessment} from '../dr';
import {dataStores, restorationSteps} from '../dr-stores';
import {governancePolicy} from '../governance';
import {governanceView, type GovernanceView} from '../governance-view';
import {incidentRoles, roleApplies, severities, type SeverityId} from '../severity';

/** The severity and roles guide: the severity table, the roles and when each message is due. */
export interface SeverityAndRolesView {
  severities: {id: string; name: string; definition: string; examples: string[]; ackMinutes: number; needsCommander: boolean; publicStatusPage: boolean; pagesAfterHours: boolean; reviewWithinDays: number | null}[];
  roles: {id: string; name: string; staffedAt: string[]; filledBy: string; duties: string[]}[];
  commsTiming: {stage: string; name: string; due: string; audience: string[]}[];
}

export function severityAndRolesView(): SeverityAndRolesView {
  return {
    severities: severities.map((s) => ({
      id: s.id,
      name: s.name,
      definition: s.definition,
      examples: [...s.examples],
      ackMinutes: s.ackMinutes,
      needsCommander: s.needsCommander,
      publicStatusPage: s.publicStatusPage,
      pagesAfterHours: s.pagesAfterHours,
      reviewWithinDays: s.reviewWithinDays,
    })),
    roles: incidentRoles.map((r) => ({id: r.id, name: r.name, staffedAt: severities.filter((s) => roleApplies(r, s.id as SeverityId)).map((s) => s.id), filledBy: r.filledBy, duties: [...r.duties]})),
    commsTiming: commsTemplates.map((t) => ({
      stage: t.stage,
      name: t.name,
      due: t.stage === 'update' ? `Every ${t.everyMinutes} minutes while open` : t.stage === 'initial' ? `Within ${t.dueWithinMinutes} minutes of declaring` : `Within ${t.dueWithinMinutes} minutes of resolving`,
      audience: [...t.audience],
    })),
  };
}

/** One data store of the disaster recovery guide, judged on the build day. */
export interface StoreView {
  id: string;
  name: string;
  holds: string;
  componentName?: string;
  cluster?: string;
  backup: {schedule: string; cron: string};
  checksum: string;
  retention: string;
  rpoTargetMinutes: number;
  rtoTargetMinutes: number;
  drillIntervalDays: number;
  approach: string;
  runbook: {href: string; label: string};
  standing: {status: StoreAssessment['status']; dueBy?: string; latest?: {date: string; achievedRpoMinutes: number; achievedRtoMinutes: number}};
  /** Newest first. */
  drills: {date: string; kind: string; achievedRpoMinutes: number; achievedRtoMinutes: number; notes: string; rpoMet: boolean; rtoMet: boolean}[];
}

export interface DisasterRecoveryView {
  /** The day the standing is judged on: the build day. */
  today: string;
  targets: {rpoMinutes: number; rtoMinutes: number};
  stores: StoreView[];
  restorationSteps: string[];
}

export function disasterRecoveryView(today: string): DisasterRecoveryView {
  return {
    today,
    targets: {...platformTargets},
    restorationSteps: [...restorationSteps],
    stores: dataStores.map((s) => {
      const a = assessStore(s, today);
      return {
        id: s.id,
        name: s.name,
        holds: s.holds,
        componentName: findComponent(s.component)?.name,
        cluster: s.cluster,
        backup: {...s.backup},
        checksum: s.checksum,
        retention: s.retention,
        rpoTargetMinutes: s.rpoTargetMinutes,
        rtoTargetMinutes: s.rtoTargetMinutes,
        drillIntervalDays: s.drillIntervalDays,
        approach: recoveryApproaches[s.approach],
        runbook: {href: routes.runbook(s.runbook), label: s.runbook.replace(/-/g, ' ')},
        standing: {status: a.status, dueBy: a.dueBy, latest: a.latest && {date: a.latest.date, achievedRpoMinutes: a.latest.achievedRpoMinutes, achievedRtoMinutes: a.latest.achievedRtoMinutes}},
        drills: [...s.drills].sort((x, y) => y.date.localeCompare(x.date)).map((d) => ({...d, ...drillMeetsTargets(s, d)})),
      };
    }),
  };
}

/** The governance guide and its submission checklist. */
export interface GovernanceGuideView extends GovernanceView {
  submissionChecklist: {id: string; text: string; automated: boolean}[];
}

export function governanceGuideView(): GovernanceGuideView {
  return {...governanceView(governancePolicy), submissionChecklist: governancePolicy.submissionChecklist.map((i) => ({id: i.id, text: i.text, automated: i.automated}))};
}
