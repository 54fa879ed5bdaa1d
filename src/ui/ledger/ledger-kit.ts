/*
 * The ledger's code the reader needs once its rows are on screen, in a chunk of its own (loaded with the data,
 * see ledger-data-loader): the reader's own chunk stays as it was.
 */
export { meetingLedger, meetingLedgerSteps } from '../../core/ledger/meeting-ledger';
export { phraseGlanceView } from '../../core/view/ledger-phrase-glance';
export { phraseMarks } from '../../core/view/ledger-phrase-marks';
