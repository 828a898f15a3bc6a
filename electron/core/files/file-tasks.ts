import { Jobs } from './jobs';
import { Uploads } from './uploads';

/** The backend's file work in progress: uploads being received, jobs that report progress and can be cancelled. */
export class FileTasks {
  readonly uploads = new Uploads();
  readonly jobs = new Jobs();

  close(): void {
    this.uploads.close();
  }
}
