/** What every action form gets: the case, and what to do (with a sentence saying what happened) once it succeeded. */
export interface ActionFormProps {
  complaintId: string;
  onDone: (message: string) => void;
}
