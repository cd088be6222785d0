import { useEffect, useRef, useState } from 'react';
import { attachmentsText } from '../../src-shared/attachments/text';
import { FormError } from '../components/fields';

const t = attachmentsText.ui;

/** A webcam (or a phone used as one): live preview, take, look, retake or use. */
export function CameraCapture({ onPhoto, onClose }: { onPhoto: (photo: Blob) => void; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const video = useRef<HTMLVideoElement>(null);
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [photo, setPhoto] = useState<{ blob: Blob; url: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The first frames take a moment: taking a photo before them would give an empty picture.
  const [ready, setReady] = useState(false);

  useEffect(() => {
    dialog.current?.showModal();
    let active: MediaStream | null = null;
    navigator.mediaDevices
      .getUserMedia({ video: { width: { ideal: 1920 }, height: { ideal: 1080 } }, audio: false })
      .then((media) => {
        active = media;
        setStream(media);
      })
      .catch(() => setError(t.cameraUnavailable));
    return () => active?.getTracks().forEach((track) => track.stop());
  }, []);

  useEffect(() => {
    if (video.current && stream) video.current.srcObject = stream;
  }, [stream, photo]);

  useEffect(() => () => (photo ? URL.revokeObjectURL(photo.url) : undefined), [photo]);

  const take = () => {
    const source = video.current;
    if (!source || source.videoWidth === 0) return;
    const canvas = document.createElement('canvas');
    canvas.width = source.videoWidth;
    canvas.height = source.videoHeight;
    canvas.getContext('2d')?.drawImage(source, 0, 0);
    canvas.toBlob((blob) => blob && setPhoto({ blob, url: URL.createObjectURL(blob) }), 'image/jpeg', 0.92);
  };

  return (
    <dialog
      ref={dialog}
      className="camera"
      aria-label={t.cameraTitle}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2>{t.cameraTitle}</h2>
      <p className="hint">{t.cameraHelp}</p>
      <FormError message={error} />
      {photo ? <img src={photo.url} alt={t.cameraTitle} className="camera-frame" /> : <video ref={video} autoPlay playsInline muted className="camera-frame" onLoadedData={() => setReady(true)} />}
      <div className="button-row">
        <button type="button" onClick={onClose}>
          {t.close}
        </button>
        {photo ? (
          <>
            <button
              type="button"
              onClick={() => {
                setReady(false);
                setPhoto(null);
              }}
            >
              {t.retake}
            </button>
            <button type="button" className="primary" onClick={() => onPhoto(photo.blob)}>
              {t.usePhoto}
            </button>
          </>
        ) : (
          <button type="button" className="primary" onClick={take} disabled={!stream || !ready}>
            {t.capture}
          </button>
        )}
      </div>
    </dialog>
  );
}
