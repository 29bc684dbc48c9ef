import { DomainError } from "../platform/errors/domain-error";

/** Expected failures of patient-initiated follow-up; their messages may be shown as they are. */
export abstract class PifuError extends DomainError {}

function pifuError(code: string, message: string, field?: string) {
  return class extends PifuError {
    readonly code = code;
    override readonly field = field;
    constructor(text: string = message) {
      super(text);
      this.name = `${code}Error`;
    }
  };
}

export class PifuTemplateNotFoundError extends pifuError("PIFU_TEMPLATE_NOT_FOUND", "That PIFU template no longer exists") {}
export class PifuTemplateNameTakenError extends pifuError("PIFU_TEMPLATE_NAME_TAKEN", "This service already has a template with that name", "name") {}
export class PifuNotAllowedError extends pifuError("PIFU_NOT_ALLOWED", "Patient-initiated follow-up cannot start for this referral") {}
export class PifuPathwayNotFoundError extends pifuError("PIFU_PATHWAY_NOT_FOUND", "This patient-initiated follow-up could not be found") {}
export class PifuNotActiveError extends pifuError("PIFU_NOT_ACTIVE", "This patient-initiated follow-up has ended, so a request cannot be made. Call the service, or your GP.") {}
export class RequestAlreadyOpenError extends pifuError("PIFU_REQUEST_OPEN", "There is already a request waiting for a decision. We will be in touch about it.") {}
export class PifuRequestNotFoundError extends pifuError("PIFU_REQUEST_NOT_FOUND", "This request could not be found") {}
export class RequestAlreadyDecidedError extends pifuError("PIFU_REQUEST_DECIDED", "Someone has already decided this request") {}
export class PifuRttNotAllowedError extends pifuError("PIFU_RTT_NOT_ALLOWED", "That RTT status does not fit this pathway's clock", "rttStatus") {}
