import { EVENTS } from './events';
import { sendEvent } from './telemetry';

export function createProject(name: string, accountId: string, seats: number): void {
  sendEvent(EVENTS.projectCreated, { project_name: name, seats, template: false }, accountId);
}

export function shareDashboard(id: string, accountId: string, publicLink: boolean): void {
  sendEvent(publicLink ? 'Dashboard Published' : EVENTS.dashboardShared, { dashboard_id: id }, accountId);
}

// The name comes from the caller: it cannot be known here.
export function forward(name: string, accountId: string): void {
  sendEvent(name, {}, accountId);
}
